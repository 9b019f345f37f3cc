package cn.perfeval.workflow.audit;

import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

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

    /** One line, written out: five per lifecycle, and the generic insert tested every column by OGNL first. */
    @org.apache.ibatis.annotations.Insert("INSERT INTO audit_event (occurred_at, actor, action, evaluation_id, round_no, "
            + "remote_address, detail) VALUES (#{occurredAt}, #{actor}, #{action}, #{evaluationId}, #{roundNo}, "
            + "#{remoteAddress}, #{detail})")
    int append(AuditEventRecord event);

    /** Several lines in one statement: a reminder or a deadline over many units of a campaign. */
    @org.apache.ibatis.annotations.Insert("<script>INSERT INTO audit_event (occurred_at, actor, action, evaluation_id, round_no, "
            + "remote_address, detail) VALUES <foreach collection='rows' item='e' separator=','>(#{e.occurredAt}, #{e.actor}, "
            + "#{e.action}, #{e.evaluationId}, #{e.roundNo}, #{e.remoteAddress}, #{e.detail})</foreach></script>")
    int insertAll(@Param("rows") List<AuditEventRecord> rows);

    /** The unit and year of each of these evaluations, for the lines that name them. */
    @Select("<script>SELECT e.id, u.name AS unit_name, e.evaluation_year FROM evaluation e JOIN org_unit u ON u.id = e.unit_id "
            + "WHERE e.id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<EvaluationName> evaluationNames(@Param("ids") Collection<Long> ids);

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
