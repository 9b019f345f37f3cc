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

    /**
     * An evaluation's trail oldest first, each person's saves of one part on one day as one line (the newest save's
     * time and round, how many there were): what its history is made of, read by its index.
     */
    @Select("SELECT MAX(id) AS id, MAX(occurred_at) AS occurred_at, actor, action, MAX(evaluation_id) AS evaluation_id, "
            + "MAX(round_no) AS round_no, MAX(remote_address) AS remote_address, detail, COUNT(*) AS times "
            + "FROM audit_event WHERE evaluation_id = #{id} AND action = 'SAVE' "
            + "GROUP BY actor, action, CAST(occurred_at AS DATE), detail "
            + "UNION ALL "
            + "SELECT id, occurred_at, actor, action, evaluation_id, round_no, remote_address, detail, 1 AS times "
            + "FROM audit_event WHERE evaluation_id = #{id} AND action <> 'SAVE' "
            + "ORDER BY occurred_at, id")
    List<TrailLine> linesOfEvaluation(@Param("id") long evaluationId);

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
