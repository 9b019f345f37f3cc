package cn.perfeval.workflow.evaluation;

import java.util.List;
import java.util.Optional;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Every query on the evaluation table. */
@Mapper
public interface EvaluationMapper extends BaseMapper<EvaluationRecord> {

    /** Serialises decisions on one evaluation: the second of two concurrent deciders waits here, then sees the first's result. */
    @Select("SELECT * FROM evaluation WHERE id = #{id} FOR UPDATE")
    EvaluationRecord lockById(@Param("id") long id);

    /** The same lock, found by the evaluation's process (a decision on a task knows only the task). */
    @Select("SELECT * FROM evaluation WHERE process_instance_id = #{pid} FOR UPDATE")
    EvaluationRecord lockByProcessInstance(@Param("pid") String processInstanceId);

    /** Writes where the evaluation now stands, only if nobody changed it since it was read (its version). */
    @Update("UPDATE evaluation SET status = #{r.status}, current_round = #{r.currentRound}, "
            + "process_instance_id = #{r.processInstanceId}, campaign_id = #{r.campaignId}, self_total = #{r.selfTotal}, "
            + "self_grade = #{r.selfGrade}, review_total = #{r.reviewTotal}, review_grade = #{r.reviewGrade}, "
            + "review_opinion = #{r.reviewOpinion}, submitted_by = #{r.submittedBy}, submitted_at = #{r.submittedAt}, "
            + "published_at = #{r.publishedAt}, updated_at = #{now}, version = #{r.version} + 1 "
            + "WHERE id = #{r.id} AND version = #{r.version}")
    int advance(@Param("r") EvaluationRecord record, @Param("now") java.time.LocalDateTime now);

    /** Written out, as the other statements of a lifecycle: the generic wrapper evaluated its script's OGNL per call. */
    @Select("SELECT * FROM evaluation WHERE unit_id = #{unit} AND evaluation_year = #{year}")
    EvaluationRecord byUnitAndYear(@org.apache.ibatis.annotations.Param("unit") long unitId,
                                   @org.apache.ibatis.annotations.Param("year") int year);

    default Optional<EvaluationRecord> findByUnitAndYear(long unitId, int year) {
        return Optional.ofNullable(byUnitAndYear(unitId, year));
    }

    /** When this evaluation was published, if it is: one indexed read, to find its kept files without loading it. */
    default Optional<java.time.LocalDateTime> publishedAt(long id) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(EvaluationRecord.class)
                        .select(EvaluationRecord::getId, EvaluationRecord::getPublishedAt)
                        .eq(EvaluationRecord::getId, id).eq(EvaluationRecord::getStatus, EvaluationStatus.PUBLISHED)))
                .map(EvaluationRecord::getPublishedAt);
    }

    default Optional<EvaluationRecord> findByProcessInstance(String processInstanceId) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(EvaluationRecord::getProcessInstanceId, processInstanceId)));
    }

    default List<EvaluationRecord> findByProcessInstances(List<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? List.of() : selectList(Wrappers.lambdaQuery(EvaluationRecord.class)
                .in(EvaluationRecord::getProcessInstanceId, processInstanceIds));
    }

    default List<EvaluationRecord> findOfUnitsInYear(List<Long> unitIds, int year) {
        return unitIds.isEmpty() ? List.of() : selectList(Wrappers.lambdaQuery(EvaluationRecord.class)
                .in(EvaluationRecord::getUnitId, unitIds).eq(EvaluationRecord::getEvaluationYear, year));
    }

    default List<EvaluationRecord> stagesOfUnitsInYear(List<Long> unitIds, int year) {
        return unitIds.isEmpty() ? List.of() : stagesOf(unitIds, year);
    }

    /** A board page's evaluations, written out: the generic wrapper's script evaluated a dozen OGNL tests per call. */
    @Select("<script>SELECT id, unit_id, status, current_round FROM evaluation WHERE evaluation_year = #{year}"
            + " AND unit_id IN <foreach collection='units' item='u' open='(' separator=',' close=')'>#{u}</foreach></script>")
    List<EvaluationRecord> stagesOf(@Param("units") List<Long> unitIds, @Param("year") int year);

    /**
     * One page of what a reader may list: a unit its own rows, a bureau what its units handed in (by {@code bureau_id});
     * {@code namedUnits} (units matching a name search, or null) narrows further. Ordered by the list's index.
     */
    default List<EvaluationRecord> page(Long ownUnit, Long bureau, EvaluationFilter f, List<Long> namedUnits,
                                        long offset, int size) {
        return selectList(scope(ownUnit, bureau, f, namedUnits)
                .orderByDesc(EvaluationRecord::getEvaluationYear).orderByAsc(EvaluationRecord::getUnitId)
                .last("LIMIT " + size + " OFFSET " + offset));
    }

    default long count(Long ownUnit, Long bureau, EvaluationFilter f, List<Long> namedUnits) {
        return selectCount(scope(ownUnit, bureau, f, namedUnits));
    }

    private static com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<EvaluationRecord> scope(
            Long ownUnit, Long bureau, EvaluationFilter f, List<Long> namedUnits) {
        return Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(ownUnit != null, EvaluationRecord::getUnitId, ownUnit)
                .eq(bureau != null, EvaluationRecord::getBureauId, bureau)
                .gt(bureau != null, EvaluationRecord::getCurrentRound, 0)
                .eq(f.year() != null, EvaluationRecord::getEvaluationYear, f.year())
                .eq(f.status() != null, EvaluationRecord::getStatus, f.status())
                .eq(f.unitId() != null, EvaluationRecord::getUnitId, f.unitId())
                .eq(f.campaignId() != null, EvaluationRecord::getCampaignId, f.campaignId())
                .in(namedUnits != null, EvaluationRecord::getUnitId, namedUnits);
    }

    /** The years that have a published evaluation, newest first: the public page's year filter. */
    @Select("SELECT DISTINCT evaluation_year FROM evaluation WHERE status = 'PUBLISHED' ORDER BY evaluation_year DESC")
    List<Integer> publishedYears();

    /** The years a reader's list has, newest first: the list page's year filter. */
    @Select("<script>SELECT DISTINCT evaluation_year FROM evaluation WHERE "
            + "<if test='ownUnit != null'>unit_id = #{ownUnit}</if>"
            + "<if test='ownUnit == null'>bureau_id = #{bureau} AND current_round &gt; 0</if>"
            + " ORDER BY evaluation_year DESC</script>")
    List<Integer> years(@Param("ownUnit") Long ownUnit, @Param("bureau") Long bureau);

    /** An evaluation made before its year's campaign opened (an import) joins the campaign; one already in one stays. */
    default void attachToCampaign(long id, long campaignId) {
        update(null, Wrappers.lambdaUpdate(EvaluationRecord.class).eq(EvaluationRecord::getId, id)
                .isNull(EvaluationRecord::getCampaignId).set(EvaluationRecord::getCampaignId, campaignId));
    }

    default List<Long> publishedIdsOfCampaign(long campaignId) {
        return selectList(Wrappers.lambdaQuery(EvaluationRecord.class).select(EvaluationRecord::getId)
                .eq(EvaluationRecord::getCampaignId, campaignId).eq(EvaluationRecord::getStatus, EvaluationStatus.PUBLISHED)
                .orderByAsc(EvaluationRecord::getUnitId).orderByAsc(EvaluationRecord::getId))
                .stream().map(EvaluationRecord::getId).toList();
    }

    /** How many evaluations of each of these campaigns are published (campaigns with none are absent). */
    @Select("<script>SELECT campaign_id, COUNT(*) AS n FROM evaluation WHERE status = 'PUBLISHED' AND campaign_id IN "
            + "<foreach collection='campaigns' item='c' open='(' separator=',' close=')'>#{c}</foreach>"
            + " GROUP BY campaign_id</script>")
    List<java.util.Map<String, Object>> publishedPerCampaign(@Param("campaigns") java.util.Collection<Long> campaignIds);

    default long countOfUnitInYear(long unitId, int year) {
        return selectCount(Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(EvaluationRecord::getUnitId, unitId).eq(EvaluationRecord::getEvaluationYear, year));
    }

    /** Every evaluation of the year of a unit the campaign asks, not yet in a campaign, joins it: one statement. */
    @Update("UPDATE evaluation SET campaign_id = #{campaign} WHERE evaluation_year = #{year} AND campaign_id IS NULL "
            + "AND unit_id IN (SELECT cu.unit_id FROM campaign_unit cu WHERE cu.campaign_id = #{campaign})")
    int attachCampaignUnits(@Param("campaign") long campaignId, @Param("year") int year);

    default void attachToCampaign(long unitId, int year, long campaignId) {
        update(null, Wrappers.lambdaUpdate(EvaluationRecord.class).eq(EvaluationRecord::getUnitId, unitId)
                .eq(EvaluationRecord::getEvaluationYear, year).isNull(EvaluationRecord::getCampaignId)
                .set(EvaluationRecord::getCampaignId, campaignId));
    }
}
