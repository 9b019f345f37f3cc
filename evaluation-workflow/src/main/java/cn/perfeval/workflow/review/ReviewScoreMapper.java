package cn.perfeval.workflow.review;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on review_score: the bureau's score per indicator of one decision. */
@Mapper
public interface ReviewScoreMapper extends BaseMapper<ReviewScoreRecord> {

    default List<ReviewScoreRecord> ofReview(long reviewRecordId) {
        return selectList(Wrappers.lambdaQuery(ReviewScoreRecord.class)
                .eq(ReviewScoreRecord::getReviewRecordId, reviewRecordId));
    }

    /** A decision's scores in one statement (a bureau's review scores some 24 indicators). */
    @org.apache.ibatis.annotations.Insert("<script>INSERT INTO review_score (review_record_id, indicator_code, score, reason) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{r.reviewRecordId}, #{r.indicatorCode}, #{r.score}, #{r.reason})"
            + "</foreach></script>")
    int insertAll(@org.apache.ibatis.annotations.Param("rows") java.util.List<ReviewScoreRecord> rows);
}
