package cn.perfeval.workflow.audit;

import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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

    /** One page of the trail, newest first, filtered as the audit page asks. */
    default List<AuditEventRecord> search(AuditQuery query, long offset, int limit) {
        return selectList(filtered(query).orderByDesc(AuditEventRecord::getOccurredAt)
                .orderByDesc(AuditEventRecord::getId).last("LIMIT " + limit + " OFFSET " + offset));
    }

    default long count(AuditQuery query) {
        return selectCount(filtered(query));
    }

    private static LambdaQueryWrapper<AuditEventRecord> filtered(AuditQuery query) {
        return Wrappers.lambdaQuery(AuditEventRecord.class)
                .eq(query.actor() != null, AuditEventRecord::getActor, query.actor())
                .eq(query.action() != null, AuditEventRecord::getAction,
                        query.action() == null ? null : query.action().name())
                .ge(query.from() != null, AuditEventRecord::getOccurredAt,
                        query.from() == null ? null : query.from().atStartOfDay())
                .lt(query.to() != null, AuditEventRecord::getOccurredAt,
                        query.to() == null ? null : query.to().plusDays(1).atStartOfDay());
    }

    default List<AuditEventRecord> ofActor(String username) {
        return selectList(Wrappers.lambdaQuery(AuditEventRecord.class).eq(AuditEventRecord::getActor, username)
                .orderByAsc(AuditEventRecord::getOccurredAt).orderByAsc(AuditEventRecord::getId));
    }
}
