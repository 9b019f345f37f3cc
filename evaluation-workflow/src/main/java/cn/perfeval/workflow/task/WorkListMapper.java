package cn.perfeval.workflow.task;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The work lists paged in SQL: 已办 (every action of a person on evaluations), 抄送我的 (copies given to a person) and
 * 我发起的 (evaluations a person created, imported or submitted), each searchable by unit name and filtered by year,
 * status and campaign.
 */
@Mapper
public interface WorkListMapper {

    String FILTERS = "<if test='unitName != null'> AND u.name LIKE CONCAT('%', #{unitName}, '%')</if>"
            + "<if test='year != null'> AND e.evaluation_year = #{year}</if>"
            + "<if test='status != null'> AND e.status = #{status}</if>"
            + "<if test='campaignId != null'> AND e.campaign_id = #{campaignId}</if>";

    String DONE = " FROM audit_event a JOIN evaluation e ON e.id = a.evaluation_id JOIN org_unit u ON u.id = e.unit_id"
            + " WHERE a.actor = #{username} AND a.action IN ('SUBMIT','WITHDRAW','APPROVE','RETURN','PUBLISH','UNPUBLISH',"
            + "'TRANSFER','DELEGATE','RESOLVE','COPY')" + FILTERS;

    @Select("<script>SELECT e.id AS evaluation_id, e.unit_id, u.name AS unit_name, e.evaluation_year, e.status,"
            + " e.campaign_id, a.action, a.actor, a.detail, a.occurred_at AS acted_at" + DONE
            + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT #{size} OFFSET #{offset}</script>")
    List<WorkRow> done(@Param("username") String username, @Param("unitName") String unitName,
                       @Param("year") Integer year, @Param("status") String status,
                       @Param("campaignId") Long campaignId, @Param("offset") long offset, @Param("size") int size);

    @Select("<script>SELECT COUNT(*)" + DONE + "</script>")
    long countDone(@Param("username") String username, @Param("unitName") String unitName, @Param("year") Integer year,
                   @Param("status") String status, @Param("campaignId") Long campaignId);

    String COPIED = " FROM evaluation_copy c JOIN evaluation e ON e.id = c.evaluation_id JOIN org_unit u ON u.id = e.unit_id"
            + " WHERE c.username = #{username}" + FILTERS;

    @Select("<script>SELECT e.id AS evaluation_id, e.unit_id, u.name AS unit_name, e.evaluation_year, e.status,"
            + " e.campaign_id, 'COPY' AS action, c.copied_by AS actor, c.comment_text AS detail, c.created_at AS acted_at" + COPIED
            + " ORDER BY c.created_at DESC, c.id DESC LIMIT #{size} OFFSET #{offset}</script>")
    List<WorkRow> copied(@Param("username") String username, @Param("unitName") String unitName,
                         @Param("year") Integer year, @Param("status") String status,
                         @Param("campaignId") Long campaignId, @Param("offset") long offset, @Param("size") int size);

    @Select("<script>SELECT COUNT(*)" + COPIED + "</script>")
    long countCopied(@Param("username") String username, @Param("unitName") String unitName, @Param("year") Integer year,
                     @Param("status") String status, @Param("campaignId") Long campaignId);

    /** One row per evaluation the person started or handed in, at their latest such action. */
    String MINE = " FROM (SELECT evaluation_id, MAX(occurred_at) AS acted_at FROM audit_event WHERE actor = #{username}"
            + " AND evaluation_id IS NOT NULL AND action IN ('CREATE','IMPORT','SUBMIT') GROUP BY evaluation_id) m"
            + " JOIN evaluation e ON e.id = m.evaluation_id JOIN org_unit u ON u.id = e.unit_id WHERE 1 = 1" + FILTERS;

    @Select("<script>SELECT e.id AS evaluation_id, e.unit_id, u.name AS unit_name, e.evaluation_year, e.status,"
            + " e.campaign_id, NULL AS action, #{username} AS actor, NULL AS detail, m.acted_at" + MINE
            + " ORDER BY m.acted_at DESC, e.id DESC LIMIT #{size} OFFSET #{offset}</script>")
    List<WorkRow> mine(@Param("username") String username, @Param("unitName") String unitName,
                       @Param("year") Integer year, @Param("status") String status,
                       @Param("campaignId") Long campaignId, @Param("offset") long offset, @Param("size") int size);

    @Select("<script>SELECT COUNT(*)" + MINE + "</script>")
    long countMine(@Param("username") String username, @Param("unitName") String unitName, @Param("year") Integer year,
                   @Param("status") String status, @Param("campaignId") Long campaignId);
}
