package cn.perfeval.workflow.evaluation;

import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.MoveRefusal;
import cn.perfeval.domain.evaluation.Participant;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.org.UnitView;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an evaluation, checked on every request: a unit's people see their unit's evaluations, the
 * bureau's people those of the units under it once handed in; a foreign id answers as if it did not exist. What a
 * person may do to it is the lifecycle's answer for them.
 */
@Component
public class EvaluationAccess {

    private final EvaluationRepository repository;
    private final OrgDirectory directory;
    private final SubmittedRounds rounds;
    private final EvaluationCopyMapper copies;

    public EvaluationAccess(EvaluationRepository repository, OrgDirectory directory, SubmittedRounds rounds,
                            EvaluationCopyMapper copies) {
        this.repository = repository;
        this.directory = directory;
        this.rounds = rounds;
        this.copies = copies;
    }

    /**
     * The evaluation as this reader may read it: the unit's own people read the working copy; the bureau, while the
     * unit edits again after a withdrawal or a return (round ≥ 1), reads the last round handed in, frozen.
     */
    public StoredEvaluation visible(Actor actor, long id) {
        StoredEvaluation e = readable(actor, repository.find(id).orElseThrow(EvaluationAccess::notFound));
        if (!readsFrozen(actor, e.record())) {
            return e;
        }
        return rounds.find(e.id(), e.round()).map(round -> repository.frozen(e, round)).orElse(e);
    }

    /** Whether this reader sees the last submitted round rather than the unit's working copy. */
    public static boolean readsFrozen(Actor actor, EvaluationRecord record) {
        return record.getUnitId() != actor.unitId() && record.getCurrentRound() != null
                && record.getCurrentRound() > 0
                && record.getStatus().waitingOn().filter(step -> step == Step.FILL_IN).isPresent();
    }

    /** Locks the row first, so that of two people acting at once the second sees the first's result (the live copy). */
    public StoredEvaluation lockVisible(Actor actor, long id) {
        return readable(actor, repository.lock(id).orElseThrow(EvaluationAccess::notFound));
    }

    /** The evaluation a task belongs to, locked as {@link #lockVisible} does; no evaluation: the task is unknown. */
    public StoredEvaluation lockVisibleOfTask(Actor actor, String processInstanceId) {
        return readable(actor, repository.lockByProcessInstance(processInstanceId)
                .orElseThrow(() -> UseCaseException.notFound("TASK_NOT_FOUND", "任务不存在")));
    }

    /** For the public: a published evaluation, and nothing else exists. */
    public StoredEvaluation published(long id) {
        return repository.find(id).filter(e -> e.status() == EvaluationStatus.PUBLISHED)
                .orElseThrow(() -> UseCaseException.notFound("EVALUATION_NOT_FOUND", "该自评不存在或尚未公开"));
    }

    /** Refuses the move, as the lifecycle words it, unless this person may make it now. */
    public void require(Actor actor, StoredEvaluation e, Move move) {
        Lifecycle.check(e.status(), move, participant(actor, e)).ifPresent(refusal -> {
            throw refused(refusal);
        });
    }

    public boolean may(Actor actor, StoredEvaluation e, Move move) {
        return Lifecycle.may(e.status(), move, participant(actor, e));
    }

    /** The person beside this evaluation, as the lifecycle judges them. */
    public static Participant participant(Actor actor, StoredEvaluation e) {
        return participant(actor, e.record().getSubmittedBy(), e.unit());
    }

    /** The same, from what a list shows: who submitted the current round, and the unit. */
    public static Participant participant(Actor actor, String submittedBy, OrgUnitRecord unit) {
        Participant.Relation relation = unit.getId() == actor.unitId() ? Participant.Relation.OWN_UNIT
                : actor.isFinanceBureau() && unit.isUnder(actor.unitId()) ? Participant.Relation.OVERSEEING_BUREAU
                : Participant.Relation.OTHER;
        return new Participant(actor.roles(), relation, actor.username().equals(submittedBy));
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
        return unit.getId() == actor.unitId() || actor.isFinanceBureau() && unit.isUnder(actor.unitId());
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

    /** The reporting units (not the bureau) whose evaluations the actor may see, as a filter lists them. */
    public List<UnitView> visibleReportingUnits(Actor actor) {
        List<Long> visible = visibleUnitIds(actor);
        return directory.allUnits().stream().filter(u -> visible.contains(u.getId()))
                .filter(u -> !OrgUnitRecord.FINANCE_BUREAU.equals(u.getUnitType())).map(UnitView::of).toList();
    }

    /** A save must say which version it read, and nobody may have changed the evaluation since. */
    public static void requireVersion(StoredEvaluation e, Integer expectedVersion) {
        if (expectedVersion == null) {
            // Without the version the caller read, a save could silently overwrite a colleague's changes.
            throw new UseCaseException(Refusal.PRECONDITION_REQUIRED, "VERSION_REQUIRED",
                    "请刷新页面后再保存，以免覆盖他人在此期间的修改");
        }
        requireUnchanged(e, expectedVersion);
    }

    /** Where a version is given, nobody may have changed the evaluation since it was read. */
    public static void requireUnchanged(StoredEvaluation e, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion.intValue() != e.record().getVersion()) {
            throw UseCaseException.conflict("CONCURRENT_MODIFICATION", "他人已修改该自评，请刷新后再保存（您的输入尚未保存）");
        }
    }

    private StoredEvaluation readable(Actor actor, StoredEvaluation e) {
        // 抄送: a reviewer may give a person read access to this one evaluation
        if (!canRead(actor, e.record(), e.unit()) && !copies.isCopiedTo(e.id(), actor.username())) {
            throw notFound();
        }
        return e;
    }

    private static UseCaseException refused(MoveRefusal refusal) {
        return new UseCaseException(refusal.kind() == MoveRefusal.Kind.NOT_PERMITTED ? Refusal.FORBIDDEN : Refusal.CONFLICT,
                refusal.code(), refusal.message());
    }

    private static UseCaseException notFound() {
        return UseCaseException.notFound("EVALUATION_NOT_FOUND", "自评不存在或无权查看");
    }
}
