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
}
