package cn.perfeval.workflow.campaign;

import java.time.LocalDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on campaign_unit: which units a campaign asks, and where each was reminded or marked overdue. */
@Mapper
public interface CampaignUnitMapper extends BaseMapper<CampaignUnitRecord> {

    default boolean includes(long campaignId, long unitId) {
        return selectCount(Wrappers.lambdaQuery(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId)
                .eq(CampaignUnitRecord::getUnitId, unitId)) > 0;
    }

    /** A page of the board, written out: the generic wrapper's script evaluated a dozen OGNL tests per call. */
    @org.apache.ibatis.annotations.Select("SELECT campaign_id, unit_id, overdue, reminded_at, overdue_at, draft_pending"
            + " FROM campaign_unit WHERE campaign_id = #{campaign} ORDER BY unit_id LIMIT #{size} OFFSET #{offset}")
    List<CampaignUnitRecord> pageOfCampaign(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                                            @org.apache.ibatis.annotations.Param("offset") long offset,
                                            @org.apache.ibatis.annotations.Param("size") int size);

    default long countOfCampaign(long campaignId) {
        return selectCount(Wrappers.lambdaQuery(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId));
    }

    /** Whether the campaign asks any unit under the bureau: who may manage it (the first such unit answers). */
    @org.apache.ibatis.annotations.Select("SELECT COUNT(*) FROM (SELECT 1 FROM campaign_unit cu JOIN org_unit u ON u.id = cu.unit_id "
            + "WHERE cu.campaign_id = #{campaign} AND u.parent_id = #{bureau} LIMIT 1) one")
    long countUnder(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                    @org.apache.ibatis.annotations.Param("bureau") long bureauId);

    /** How many units each of these campaigns asks, in one read. */
    @org.apache.ibatis.annotations.Select("<script>SELECT campaign_id AS campaign_id, COUNT(*) AS n FROM campaign_unit WHERE campaign_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> GROUP BY campaign_id</script>")
    List<java.util.Map<String, Object>> countsOf(@org.apache.ibatis.annotations.Param("ids") List<Long> campaignIds);

    /** Where a campaign's units stand, counted in SQL: the evaluation's status (null: none yet) and the overdue mark. */
    @org.apache.ibatis.annotations.Select("SELECT e.status AS status, cu.overdue AS overdue, cu.draft_pending AS pending, "
            + "COUNT(*) AS n FROM campaign_unit cu LEFT JOIN evaluation e ON e.unit_id = cu.unit_id "
            + "AND e.evaluation_year = #{year} WHERE cu.campaign_id = #{campaign} GROUP BY e.status, cu.overdue, cu.draft_pending")
    List<java.util.Map<String, Object>> stageCounts(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                                                   @org.apache.ibatis.annotations.Param("year") int year);

    /** Links every enabled unit under the bureau not yet in the campaign, in one statement; answers how many. */
    @org.apache.ibatis.annotations.Insert("INSERT INTO campaign_unit (campaign_id, unit_id, overdue) SELECT #{campaign}, u.id, FALSE "
            + "FROM org_unit u WHERE u.parent_id = #{bureau} AND u.enabled = TRUE AND NOT EXISTS "
            + "(SELECT 1 FROM campaign_unit cu WHERE cu.campaign_id = #{campaign} AND cu.unit_id = u.id)")
    int insertAllUnder(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                       @org.apache.ibatis.annotations.Param("bureau") long bureauId);

    /** The enabled units under the bureau that the campaign (if any) does not ask yet. */
    @org.apache.ibatis.annotations.Select("<script>SELECT u.id FROM org_unit u WHERE u.parent_id = #{bureau} AND u.enabled = TRUE"
            + "<if test='campaign != null'> AND NOT EXISTS (SELECT 1 FROM campaign_unit cu WHERE cu.campaign_id = #{campaign}"
            + " AND cu.unit_id = u.id)</if> ORDER BY u.id</script>")
    List<Long> unitsUnderNotIn(@org.apache.ibatis.annotations.Param("bureau") long bureauId,
                               @org.apache.ibatis.annotations.Param("campaign") Long campaignId);

    @org.apache.ibatis.annotations.Select("SELECT COUNT(*) FROM org_unit u WHERE u.parent_id = #{bureau} AND u.enabled = TRUE")
    long enabledUnitsUnder(@org.apache.ibatis.annotations.Param("bureau") long bureauId);

    /** Up to {@code size} of the campaign's units after {@code afterUnit}, in id order: a notice to every unit, by pages. */
    @org.apache.ibatis.annotations.Select("SELECT unit_id FROM campaign_unit WHERE campaign_id = #{campaign} AND unit_id > #{after} "
            + "ORDER BY unit_id LIMIT #{size}")
    List<Long> unitIdsAfter(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                            @org.apache.ibatis.annotations.Param("after") long afterUnit,
                            @org.apache.ibatis.annotations.Param("size") int size);

    String CHOICES = " FROM org_unit u<if test='campaign != null'> LEFT JOIN campaign_unit cu ON cu.campaign_id = #{campaign}"
            + " AND cu.unit_id = u.id</if> WHERE u.parent_id = #{bureau} AND u.enabled = TRUE"
            + "<if test='like != null'> AND (u.name LIKE #{like} OR u.short_name LIKE #{like})</if>";

    /** One page of the enabled units under a bureau whose name holds the text, each marked if the campaign asks it. */
    @org.apache.ibatis.annotations.Select("<script>SELECT u.id AS id, u.name AS name, u.short_name AS short_name, "
            + "<if test='campaign != null'>CASE WHEN cu.unit_id IS NULL THEN 0 ELSE 1 END</if><if test='campaign == null'>0</if>"
            + " AS in_campaign" + CHOICES + " ORDER BY u.id LIMIT #{size} OFFSET #{offset}</script>")
    List<java.util.Map<String, Object>> choicesPage(@org.apache.ibatis.annotations.Param("bureau") long bureauId,
                                                    @org.apache.ibatis.annotations.Param("like") String like,
                                                    @org.apache.ibatis.annotations.Param("campaign") Long campaignId,
                                                    @org.apache.ibatis.annotations.Param("offset") long offset,
                                                    @org.apache.ibatis.annotations.Param("size") int size);

    @org.apache.ibatis.annotations.Select("<script>SELECT COUNT(*)" + CHOICES + "</script>")
    long choicesCount(@org.apache.ibatis.annotations.Param("bureau") long bureauId,
                      @org.apache.ibatis.annotations.Param("like") String like,
                      @org.apache.ibatis.annotations.Param("campaign") Long campaignId);

    // ------------------------------------------------------------------ drafts made in the background

    /** A campaign unit whose draft is still to be made. */
    record PendingUnit(long campaignId, long unitId) {
    }

    /** Marks every unit of the campaign without its evaluation of the year: their drafts are made after the commit. */
    @org.apache.ibatis.annotations.Update("UPDATE campaign_unit cu SET draft_pending = TRUE WHERE cu.campaign_id = #{campaign} "
            + "AND cu.draft_pending = FALSE AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.unit_id = cu.unit_id "
            + "AND e.evaluation_year = #{year})")
    int markDraftsPending(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                          @org.apache.ibatis.annotations.Param("year") int year);

    /** Up to {@code size} units of open campaigns whose draft is to be made and which no live instance has claimed. */
    @org.apache.ibatis.annotations.Select("SELECT cu.campaign_id AS campaignId, cu.unit_id AS unitId FROM campaign_unit cu "
            + "JOIN campaign c ON c.id = cu.campaign_id WHERE cu.draft_pending = TRUE AND c.status = 'OPEN' "
            + "AND (cu.draft_claimed_at IS NULL OR cu.draft_claimed_at < #{stale}) "
            + "ORDER BY cu.campaign_id, cu.unit_id LIMIT #{size}")
    List<PendingUnit> pendingUnclaimed(@org.apache.ibatis.annotations.Param("stale") LocalDateTime staleBefore,
                                       @org.apache.ibatis.annotations.Param("size") int size);

    /**
     * Claims those of the units still pending and unclaimed (or claimed before {@code stale}) for this instance: a
     * conditional UPDATE, so of two instances reading the same units each unit goes to one (no SKIP LOCKED needed).
     */
    @org.apache.ibatis.annotations.Update("<script>UPDATE campaign_unit SET draft_claimed_by = #{by}, draft_claimed_at = #{at} "
            + "WHERE campaign_id = #{campaign} AND draft_pending = TRUE "
            + "AND (draft_claimed_at IS NULL OR draft_claimed_at &lt; #{stale}) AND unit_id IN "
            + "<foreach collection='units' item='u' open='(' separator=',' close=')'>#{u}</foreach></script>")
    int claimDrafts(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                    @org.apache.ibatis.annotations.Param("units") List<Long> unitIds,
                    @org.apache.ibatis.annotations.Param("by") String claimant,
                    @org.apache.ibatis.annotations.Param("at") LocalDateTime at,
                    @org.apache.ibatis.annotations.Param("stale") LocalDateTime staleBefore);

    @org.apache.ibatis.annotations.Select("SELECT unit_id FROM campaign_unit WHERE campaign_id = #{campaign} "
            + "AND draft_pending = TRUE AND draft_claimed_by = #{by} AND draft_claimed_at = #{at} ORDER BY unit_id")
    List<Long> claimedDrafts(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                             @org.apache.ibatis.annotations.Param("by") String claimant,
                             @org.apache.ibatis.annotations.Param("at") LocalDateTime at);

    /** The units' drafts are made (or were there): no longer pending, no longer claimed. */
    @org.apache.ibatis.annotations.Update("<script>UPDATE campaign_unit SET draft_pending = FALSE, draft_claimed_by = NULL, "
            + "draft_claimed_at = NULL WHERE campaign_id = #{campaign} AND unit_id IN "
            + "<foreach collection='units' item='u' open='(' separator=',' close=')'>#{u}</foreach></script>")
    int draftsMade(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                   @org.apache.ibatis.annotations.Param("units") List<Long> unitIds);

    /** Gives back an instance's claims on units still pending, as it stops, so the next start takes them at once. */
    @org.apache.ibatis.annotations.Update("UPDATE campaign_unit SET draft_claimed_by = NULL, draft_claimed_at = NULL "
            + "WHERE draft_pending = TRUE AND draft_claimed_by = #{by}")
    int releaseDraftClaims(@org.apache.ibatis.annotations.Param("by") String claimant);

    @org.apache.ibatis.annotations.Select("SELECT COUNT(*) FROM campaign_unit WHERE draft_pending = TRUE AND campaign_id = #{campaign}")
    long pendingDrafts(@org.apache.ibatis.annotations.Param("campaign") long campaignId);

    /** The campaigns in which the unit's draft is still being made. */
    @org.apache.ibatis.annotations.Select("SELECT campaign_id FROM campaign_unit WHERE unit_id = #{unit} AND draft_pending = TRUE")
    List<Long> campaignsPreparingDraftOf(@org.apache.ibatis.annotations.Param("unit") long unitId);

    /** Where a campaign's units stand in its year: each unit with its evaluation of the year (if any) and its round. */
    String STANDING = "SELECT cu.unit_id AS unitId, e.id AS evaluationId, e.current_round AS round FROM campaign_unit cu "
            + "LEFT JOIN evaluation e ON e.unit_id = cu.unit_id AND e.evaluation_year = #{year} WHERE cu.campaign_id = #{campaign} ";

    /** The units named in the parameter {@code units} (a script's foreach). */
    String UNITS_IN = "unit_id IN <foreach collection='units' item='u' open='(' separator=',' close=')'>#{u}</foreach>";

    /** A unit of a campaign not yet handed in, with its evaluation of the year (null: none yet) and that one's round. */
    record Outstanding(long unitId, Long evaluationId, Integer round) {
    }

    /**
     * Up to {@code size} units of the campaign after {@code afterUnit} (in id order) that have not handed in: no
     * evaluation of the year, or one in draft or returned. A reminder or the deadline walks the campaign by these pages.
     */
    @org.apache.ibatis.annotations.Select(STANDING + "AND cu.unit_id > #{after} "
            + "AND (e.id IS NULL OR e.status IN ('DRAFT', 'RETURNED')) ORDER BY cu.unit_id LIMIT #{size}")
    List<Outstanding> outstandingAfter(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                                       @org.apache.ibatis.annotations.Param("year") int year,
                                       @org.apache.ibatis.annotations.Param("after") long afterUnit,
                                       @org.apache.ibatis.annotations.Param("size") int size);

    /** The named units of the campaign (the others are not in it), with their evaluations of the year, whatever stage. */
    @org.apache.ibatis.annotations.Select("<script>" + STANDING + "AND cu." + UNITS_IN + " ORDER BY cu.unit_id</script>")
    List<Outstanding> named(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                            @org.apache.ibatis.annotations.Param("year") int year,
                            @org.apache.ibatis.annotations.Param("units") java.util.Collection<Long> unitIds);

    @org.apache.ibatis.annotations.Update("<script>UPDATE campaign_unit SET reminded_at = #{at} WHERE campaign_id = #{campaign} "
            + "AND " + UNITS_IN + "</script>")
    int reminded(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                 @org.apache.ibatis.annotations.Param("units") java.util.Collection<Long> unitIds,
                 @org.apache.ibatis.annotations.Param("at") LocalDateTime at);

    @org.apache.ibatis.annotations.Update("<script>UPDATE campaign_unit SET overdue = TRUE, overdue_at = #{at} "
            + "WHERE campaign_id = #{campaign} AND " + UNITS_IN + "</script>")
    int overdue(@org.apache.ibatis.annotations.Param("campaign") long campaignId,
                @org.apache.ibatis.annotations.Param("units") java.util.Collection<Long> unitIds,
                @org.apache.ibatis.annotations.Param("at") LocalDateTime at);
}
