package cn.perfeval.workflow.round;

import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on evaluation_round: the frozen submissions of an evaluation. */
@Mapper
public interface EvaluationRoundMapper extends BaseMapper<EvaluationRoundRecord> {

    default List<EvaluationRoundRecord> ofEvaluation(long evaluationId) {
        return selectList(Wrappers.lambdaQuery(EvaluationRoundRecord.class)
                .eq(EvaluationRoundRecord::getEvaluationId, evaluationId).orderByAsc(EvaluationRoundRecord::getRoundNo));
    }

    /** Every round of these evaluations, without the documents: numbers and self totals only. */
    default List<EvaluationRoundRecord> totalsOf(java.util.Collection<Long> evaluationIds) {
        return selectList(Wrappers.lambdaQuery(EvaluationRoundRecord.class)
                .select(EvaluationRoundRecord::getEvaluationId, EvaluationRoundRecord::getRoundNo,
                        EvaluationRoundRecord::getSelfTotal)
                .in(EvaluationRoundRecord::getEvaluationId, evaluationIds));
    }

    default Optional<EvaluationRoundRecord> find(long evaluationId, int round) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(EvaluationRoundRecord.class)
                .eq(EvaluationRoundRecord::getEvaluationId, evaluationId).eq(EvaluationRoundRecord::getRoundNo, round)));
    }
}
