package cn.perfeval.workflow.evaluation;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on evaluation_part: the three attachments of a working copy. */
@Mapper
public interface EvaluationPartMapper extends BaseMapper<EvaluationPartRecord> {

    /** Written out: read on every load of an evaluation, where the generic wrapper's script cost more than the read. */
    @org.apache.ibatis.annotations.Select("SELECT evaluation_id, part, content, updated_by, updated_at FROM evaluation_part "
            + "WHERE evaluation_id = #{evaluation}")
    List<EvaluationPartRecord> of(@org.apache.ibatis.annotations.Param("evaluation") long evaluationId);

    /** The attachments of a new evaluation, in one statement. */
    @org.apache.ibatis.annotations.Insert("<script>INSERT INTO evaluation_part (evaluation_id, part, content, updated_by, "
            + "updated_at) VALUES <foreach collection='rows' item='p' separator=','>(#{p.evaluationId}, #{p.part}, "
            + "#{p.content}, #{p.updatedBy}, #{p.updatedAt})</foreach></script>")
    int insertAll(@org.apache.ibatis.annotations.Param("rows") List<EvaluationPartRecord> rows);

    default void replace(EvaluationPartRecord row) {
        update(null, Wrappers.lambdaUpdate(EvaluationPartRecord.class)
                .eq(EvaluationPartRecord::getEvaluationId, row.getEvaluationId())
                .eq(EvaluationPartRecord::getPart, row.getPart())
                .set(EvaluationPartRecord::getContent, row.getContent())
                .set(EvaluationPartRecord::getUpdatedBy, row.getUpdatedBy())
                .set(EvaluationPartRecord::getUpdatedAt, row.getUpdatedAt()));
    }
}
