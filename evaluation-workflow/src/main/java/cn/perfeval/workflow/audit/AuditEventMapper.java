package cn.perfeval.workflow.audit;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the trail is append-only. */
@Mapper
public interface AuditEventMapper extends BaseMapper<AuditEventRecord> {

    default List<AuditEventRecord> ofEvaluation(long evaluationId) {
        return selectList(Wrappers.lambdaQuery(AuditEventRecord.class).eq(AuditEventRecord::getEvaluationId, evaluationId)
                .orderByAsc(AuditEventRecord::getOccurredAt).orderByAsc(AuditEventRecord::getId));
    }

    default List<AuditEventRecord> ofActor(String username) {
        return selectList(Wrappers.lambdaQuery(AuditEventRecord.class).eq(AuditEventRecord::getActor, username)
                .orderByAsc(AuditEventRecord::getOccurredAt).orderByAsc(AuditEventRecord::getId));
    }
}
