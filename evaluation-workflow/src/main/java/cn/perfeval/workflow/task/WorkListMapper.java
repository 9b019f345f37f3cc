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

    String TODO_COLUMNS = "SELECT t.ID_ AS task_id, t.TASK_DEF_KEY_ AS definition_key, t.CREATE_TIME_ AS since,"
            + " e.id AS evaluation_id, e.unit_id, e.evaluation_year, e.status, e.campaign_id";
    /** A name search arrives as the ids of the units it matches (the unit cache resolves it, as for evaluations). */
    String TODO_FILTERS = "<if test='unitIds != null'> AND e.unit_id IN <foreach collection='unitIds' item='i' open='(' separator=',' close=')'>#{i}</foreach></if>"
            + "<if test='year != null'> AND e.evaluation_year = #{year}</if>"
            + "<if test='keys != null'> AND t.TASK_DEF_KEY_ IN <foreach collection='keys' item='k' open='(' separator=',' close=')'>#{k}</foreach></if>"
            + "<if test='campaignId != null'> AND e.campaign_id = #{campaignId}</if>";
    /**
     * 待办: the unassigned tasks of the person's groups, found from the group's candidate links (by GROUP_ID_), and the
     * tasks given to them alone (转办, 委派), found from the process's participant link the engine adds for an assignee
     * (by USER_ID_): two index ranges, never a scan of every open task of the province.
     */
    String TODO = "<if test='groups.size() > 0'>" + TODO_COLUMNS
            + " FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_"
            + " JOIN evaluation e ON e.process_instance_id = t.PROC_INST_ID_"
            + " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN"
            + " <foreach collection='groups' item='g' open='(' separator=',' close=')'>#{g}</foreach>"
            + " AND t.ASSIGNEE_ IS NULL" + TODO_FILTERS + " UNION ALL </if>" + TODO_COLUMNS
            + " FROM ACT_RU_IDENTITYLINK p JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " JOIN evaluation e ON e.process_instance_id = t.PROC_INST_ID_"
            + " WHERE p.TYPE_ = 'participant' AND p.USER_ID_ = #{username} AND t.ASSIGNEE_ = #{username}" + TODO_FILTERS;

    /**
     * A page of 待办 and, on each row, the list's total: the union is gathered and sorted for the page anyway, so it is
     * counted in the same pass instead of gathered again by a second statement.
     */
    @Select("<script>SELECT w.*, COUNT(*) OVER () AS total FROM (" + TODO + ") w ORDER BY w.since, w.task_id"
            + " LIMIT #{size} OFFSET #{offset}</script>")
    List<TodoRow> todo(@Param("groups") List<String> groups, @Param("username") String username,
                       @Param("unitIds") List<Long> unitIds, @Param("year") Integer year, @Param("keys") List<String> keys,
                       @Param("campaignId") Long campaignId, @Param("offset") long offset, @Param("size") int size);

    /** The total alone, for a page past the end (it has no row to carry it). */
    @Select("<script>SELECT COUNT(*) FROM (" + TODO + ") w</script>")
    long countTodo(@Param("groups") List<String> groups, @Param("username") String username,
                   @Param("unitIds") List<Long> unitIds, @Param("year") Integer year, @Param("keys") List<String> keys,
                   @Param("campaignId") Long campaignId);
}
