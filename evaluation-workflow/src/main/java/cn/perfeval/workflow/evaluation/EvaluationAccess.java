package cn.perfeval.workflow.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an evaluation, checked on every request: a unit's people see their unit's evaluations, the
 * bureau's people those of the units under it; a foreign id answers as if it did not exist.
 */
@Component
public class EvaluationAccess {

    private final EvaluationMapper evaluations;
    private final OrgDirectory directory;
    private final Clock clock;

    public EvaluationAccess(EvaluationMapper evaluations, OrgDirectory directory, Clock clock) {
        this.evaluations = evaluations;
        this.directory = directory;
        this.clock = clock;
    }

    public LoadedEvaluation visible(Actor actor, long id) {
        EvaluationRecord record = evaluations.selectById(id);
        if (record == null) {
            throw notFound();
        }
        OrgUnitRecord unit = directory.findUnit(record.getUnitId()).orElseThrow();
        if (!canRead(actor, record, unit)) {
            throw notFound();
        }
        return new LoadedEvaluation(record, unit);
    }

    /** For the public: a published evaluation, and nothing else exists. */
    public LoadedEvaluation published(long id) {
        EvaluationRecord record = evaluations.selectById(id);
        if (record == null || !EvaluationStatus.PUBLISHED.name().equals(record.getStatus())) {
            throw UseCaseException.notFound("EVALUATION_NOT_FOUND", "该自评不存在或尚未公开");
        }
        return new LoadedEvaluation(record, directory.findUnit(record.getUnitId()).orElseThrow());
    }

    /** Locks the row first, so that of two people deciding at once the second sees the first's result. */
    public LoadedEvaluation lockVisible(Actor actor, long id) {
        if (evaluations.lockById(id) == null) {
            throw notFound();
        }
        return visible(actor, id);
    }

    public LoadedEvaluation lock(long id) {
        evaluations.lockById(id);
        EvaluationRecord record = evaluations.selectById(id);
        return new LoadedEvaluation(record, directory.findUnit(record.getUnitId()).orElseThrow());
    }

    /**
     * A unit reads its own evaluations; the bureau reads those of the units under it once they have been submitted,
     * so a draft stays the unit's own work until it is handed in.
     */
    public boolean canRead(Actor actor, EvaluationRecord record, OrgUnitRecord unit) {
        if (unit.getId() == actor.unitId()) {
            return true;
        }
        return canSee(actor, unit) && record.getCurrentRound() != null && record.getCurrentRound() > 0;
    }

    public boolean canSee(Actor actor, OrgUnitRecord unit) {
        return unit.getId() == actor.unitId()
                || actor.isFinanceBureau() && unit.isUnder(actor.unitId());
    }

    /** The units whose evaluations the actor may see. */
    public List<Long> visibleUnitIds(Actor actor) {
        if (!actor.isFinanceBureau()) {
            return List.of(actor.unitId());
        }
        return directory.allUnits().stream()
                .filter(u -> u.getId() == actor.unitId() || u.isUnder(actor.unitId()))
                .map(OrgUnitRecord::getId).toList();
    }

    /** Only the unit's submitter edits, and only a draft or a returned evaluation. */
    public void requireEditable(Actor actor, LoadedEvaluation e) {
        if (!actor.has(Role.SUBMITTER) || actor.unitId() != e.unit().getId()) {
            throw UseCaseException.forbidden("NOT_UNIT_SUBMITTER", "只有本单位的填报人可以修改自评内容");
        }
        requireEditableState(e);
    }

    public static void requireEditableState(LoadedEvaluation e) {
        if (e.is(EvaluationStatus.PUBLISHED)) {
            throw UseCaseException.conflict("EVALUATION_PUBLISHED", "该自评已公开发布，内容不能再修改");
        }
        if (!e.is(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED)) {
            throw UseCaseException.conflict("EVALUATION_NOT_EDITABLE",
                    "该自评当前为“" + e.status().label() + "”，只有草稿或已退回的自评可以修改");
        }
    }

    public static void requireVersion(LoadedEvaluation e, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion.intValue() != e.record().getVersion()) {
            throw UseCaseException.conflict("CONCURRENT_MODIFICATION",
                    "该自评已被他人修改（当前版本 " + e.record().getVersion() + "，您提交的版本 " + expectedVersion + "），请刷新后重试");
        }
    }

    /** Writes the changes only if nobody changed the row since it was read, and moves its version on. */
    public void advance(EvaluationRecord record, UpdateWrapper<EvaluationRecord> changes) {
        int version = record.getVersion();
        LocalDateTime now = LocalDateTime.now(clock);
        changes.eq("id", record.getId()).eq("version", version).set("version", version + 1).set("updated_at", now);
        if (evaluations.update(null, changes) != 1) {
            throw UseCaseException.conflict("CONCURRENT_MODIFICATION", "该自评已被他人修改或处理，请刷新后重试");
        }
        record.setVersion(version + 1);
        record.setUpdatedAt(now);
    }

    private static UseCaseException notFound() {
        return UseCaseException.notFound("EVALUATION_NOT_FOUND", "自评不存在或无权查看");
    }
}
