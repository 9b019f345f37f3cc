package cn.perfeval.workflow.evaluation;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on evaluation_part: the three attachments of a working copy. */
@Mapper
public interface EvaluationPartMapper extends BaseMapper<EvaluationPartRecord> {

    default List<EvaluationPartRecord> of(long evaluationId) {
        return selectList(Wrappers.lambdaQuery(EvaluationPartRecord.class)
                .eq(EvaluationPartRecord::getEvaluationId, evaluationId));
    }

    default void replace(EvaluationPartRecord row) {
        update(null, Wrappers.lambdaUpdate(EvaluationPartRecord.class)
                .eq(EvaluationPartRecord::getEvaluationId, row.getEvaluationId())
                .eq(EvaluationPartRecord::getPart, row.getPart())
                .set(EvaluationPartRecord::getContent, row.getContent())
                .set(EvaluationPartRecord::getUpdatedBy, row.getUpdatedBy())
                .set(EvaluationPartRecord::getUpdatedAt, row.getUpdatedAt()));
    }
}
