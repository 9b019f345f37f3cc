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

    /** Writes where the evaluation now stands, only if nobody changed it since it was read (its version). */
    @Update("UPDATE evaluation SET status = #{r.status}, current_round = #{r.currentRound}, "
            + "process_instance_id = #{r.processInstanceId}, campaign_id = #{r.campaignId}, self_total = #{r.selfTotal}, "
            + "self_grade = #{r.selfGrade}, review_total = #{r.reviewTotal}, review_grade = #{r.reviewGrade}, "
            + "review_opinion = #{r.reviewOpinion}, submitted_by = #{r.submittedBy}, submitted_at = #{r.submittedAt}, "
            + "published_at = #{r.publishedAt}, updated_at = #{now}, version = #{r.version} + 1 "
            + "WHERE id = #{r.id} AND version = #{r.version}")
    int advance(@Param("r") EvaluationRecord record, @Param("now") java.time.LocalDateTime now);

    default Optional<EvaluationRecord> findByUnitAndYear(long unitId, int year) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(EvaluationRecord::getUnitId, unitId).eq(EvaluationRecord::getEvaluationYear, year)));
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

    /** What a reader may list: the units given, the bureau only what was handed in, filtered, newest year first. */
    default List<EvaluationRecord> list(List<Long> unitIds, boolean submittedOnly, Integer year, EvaluationStatus status) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.lambdaQuery(EvaluationRecord.class)
                .in(EvaluationRecord::getUnitId, unitIds)
                .gt(submittedOnly, EvaluationRecord::getCurrentRound, 0)
                .eq(year != null, EvaluationRecord::getEvaluationYear, year)
                .eq(status != null, EvaluationRecord::getStatus, status)
                .orderByDesc(EvaluationRecord::getEvaluationYear).orderByAsc(EvaluationRecord::getUnitId));
    }

    default List<EvaluationRecord> published(Integer year) {
        return selectList(Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(EvaluationRecord::getStatus, EvaluationStatus.PUBLISHED)
                .eq(year != null, EvaluationRecord::getEvaluationYear, year)
                .orderByDesc(EvaluationRecord::getEvaluationYear).orderByAsc(EvaluationRecord::getUnitId));
    }

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

    default long countOfUnitInYear(long unitId, int year) {
        return selectCount(Wrappers.lambdaQuery(EvaluationRecord.class)
                .eq(EvaluationRecord::getUnitId, unitId).eq(EvaluationRecord::getEvaluationYear, year));
    }

    default void attachToCampaign(long unitId, int year, long campaignId) {
        update(null, Wrappers.lambdaUpdate(EvaluationRecord.class).eq(EvaluationRecord::getUnitId, unitId)
                .eq(EvaluationRecord::getEvaluationYear, year).isNull(EvaluationRecord::getCampaignId)
                .set(EvaluationRecord::getCampaignId, campaignId));
    }
}
