package cn.perfeval.workflow.review;

import java.util.List;
import java.util.Optional;

import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on review_record: the decisions taken on an evaluation's rounds. */
@Mapper
public interface ReviewRecordMapper extends BaseMapper<ReviewRecord> {

    /** Written out: three per lifecycle, and the generic insert tested every column by OGNL before writing it. */
    @org.apache.ibatis.annotations.Insert("INSERT INTO review_record (evaluation_id, round_no, step, decision, reviewer, "
            + "reviewer_unit_id, comment_text, review_grade, review_total, task_id, created_at) VALUES (#{evaluationId}, "
            + "#{roundNo}, #{step}, #{decision}, #{reviewer}, #{reviewerUnitId}, #{commentText}, #{reviewGrade}, "
            + "#{reviewTotal}, #{taskId}, #{createdAt})")
    @org.apache.ibatis.annotations.Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int append(ReviewRecord record);

    default List<ReviewRecord> ofEvaluation(long evaluationId) {
        return selectList(Wrappers.lambdaQuery(ReviewRecord.class).eq(ReviewRecord::getEvaluationId, evaluationId)
                .orderByAsc(ReviewRecord::getId));
    }

    /** The bureau's latest approval, whose scores are the evaluation's review scores. */
    default Optional<ReviewRecord> latestFinanceApproval(long evaluationId) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(ReviewRecord.class)
                .eq(ReviewRecord::getEvaluationId, evaluationId).eq(ReviewRecord::getStep, Step.FINANCE_REVIEW)
                .eq(ReviewRecord::getDecision, Move.APPROVE).orderByDesc(ReviewRecord::getId).last("LIMIT 1")));
    }
}
