package cn.perfeval.workflow.review;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on review_annotation: the notes pinned to an evaluation's fields, round by round. */
@Mapper
public interface ReviewAnnotationMapper extends BaseMapper<ReviewAnnotationRecord> {

    default List<ReviewAnnotationRecord> ofEvaluation(long evaluationId) {
        return selectList(Wrappers.lambdaQuery(ReviewAnnotationRecord.class)
                .eq(ReviewAnnotationRecord::getEvaluationId, evaluationId)
                .orderByDesc(ReviewAnnotationRecord::getRoundNo).orderByAsc(ReviewAnnotationRecord::getId));
    }
}
