package cn.perfeval.workflow.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.workspace.ReviewAnnotations;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.workspace.ReviewDrafts;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.UserAccount;
import cn.perfeval.workflow.round.RoundService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The page-shaped read models of one evaluation, each built from a single load of it. */
@Service
@Transactional(readOnly = true)
public class EvaluationPages {

    private final EvaluationAccess access;
    private final EvaluationReading reading;
    private final EvidenceService evidence;
    private final RoundService rounds;
    private final ReviewDrafts drafts;
    private final ReviewAnnotations annotations;
    private final OrgDirectory directory;

    /** The findings that mark an indicator on the review page: a self-score the standard or the rules do not support. */
    private static final Set<String> UNSUPPORTED = Set.of(ConsistencyChecker.SELF_SCORE_NOT_ALLOWED,
            ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
    private static final Pattern SELF_SCORE_PATH = Pattern.compile("^\\$\\.scoreSheet\\.selfScores\\['(.+)']$");

    public EvaluationPages(EvaluationAccess access, EvaluationReading reading, EvidenceService evidence,
                           RoundService rounds, ReviewDrafts drafts, ReviewAnnotations annotations,
                           OrgDirectory directory) {
        this.directory = directory;
        this.drafts = drafts;
        this.annotations = annotations;
        this.access = access;
        this.reading = reading;
        this.evidence = evidence;
        this.rounds = rounds;
    }

    public EditorPage editor(Actor actor, long id) {
        StoredEvaluation e = access.visible(actor, id);
        return new EditorPage(reading.view(e), Lifecycle.movesFor(e.status(), EvaluationAccess.participant(actor, e)),
                Lifecycle.progress(e.status()), reading.document(e), reading.scoreSheet(e), EvaluationReading.checks(e),
                evidence.of(e), e.status() == EvaluationStatus.RETURNED ? reading.lastReturn(e.id()) : null, annotations.of(e));
    }

    private String nameOf(String username) {
        return username == null ? "他人" : directory.findAccount(username).map(UserAccount::displayName).orElse(username);
    }

    /** Who could take this task over: the people of the step's role and relation, not the reader. */
    private List<ReviewPage.Person> colleagues(Actor actor, StoredEvaluation e) {
        boolean finance = e.status().waitingOn().orElse(null) == Step.FINANCE_REVIEW;
        long unitId = finance ? e.unit().getParentId() : e.unit().getId();
        return directory.usersOf(unitId, finance ? Role.FINANCE_REVIEWER : Role.INTERNAL_REVIEWER).stream()
                .filter(u -> !u.getUsername().equals(actor.username()))
                .filter(u -> !u.getUsername().equals(e.record().getSubmittedBy()))
                .map(u -> new ReviewPage.Person(u.getUsername(), u.getDisplayName())).toList();
    }

    /** Whom a copy may go to from the page: the bureau's and the unit's people (the API takes any login). */
    private List<ReviewPage.Person> copyable(Actor actor, StoredEvaluation e) {
        List<Long> units = java.util.stream.Stream.of(e.unit().getParentId(), e.unit().getId())
                .filter(java.util.Objects::nonNull).toList();
        return directory.enabledUsersOf(units).stream().filter(u -> !u.getUsername().equals(actor.username()))
                .map(u -> new ReviewPage.Person(u.getUsername(), u.getDisplayName())).toList();
    }

    public ReviewPage review(Actor actor, long id) {
        StoredEvaluation e = access.visible(actor, id);
        EvaluationView view = reading.view(e);
        EvaluationView.OpenTask open = view.openTask() != null && access.may(actor, e, Move.APPROVE) ? view.openTask() : null;
        // a task given to someone else (转办, 委派) is shown as such; the decision forms are only for who may decide
        EvaluationView.OpenTask task = open != null && open.decidableBy(actor.username()) ? open : null;
        String handed = null;
        boolean delegatedToMe = false;
        if (open != null && task == null) {
            delegatedToMe = open.delegated() && actor.username().equals(open.assignee());
            handed = delegatedToMe ? nameOf(open.owner()) + "委派给您办理：请核实后填写说明并“办结交回”，由其决定通过或退回"
                    : open.delegated() ? "已委派给" + nameOf(open.assignee()) + "办理，待其办结交回后再决定"
                    : "已转给" + nameOf(open.assignee()) + "办理";
        } else if (open != null && open.owner() != null && open.assignee() != null && !open.delegated()
                && !open.owner().equals(actor.username())) {
            handed = "由" + nameOf(open.owner()) + "转办或委派给您";
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        if (e.round() > 1) {
            rounds.diff(e, e.round(), null).changes().forEach(c -> changes.put(c.path(), c));
        }
        boolean finance = e.status().waitingOn().orElse(null) == Step.FINANCE_REVIEW;
        ReviewDraft draft = task == null ? null : drafts.find(actor, task.taskId()).orElse(null);
        List<ReviewPage.Person> colleagues = open == null ? List.of() : colleagues(actor, e);
        List<ReviewPage.Band> bands = e.template().scoreGrades().stream().map(b -> new ReviewPage.Band(b.range().lower(),
                b.range().lowerInclusive(), b.range().upper(), b.range().upperInclusive(), b.grade().label())).toList();
        Map<String, String> marks = new LinkedHashMap<>();
        EvaluationReading.checks(e).stream().filter(c -> UNSUPPORTED.contains(c.code())).forEach(c -> {
            Matcher m = SELF_SCORE_PATH.matcher(c.fieldPath() == null ? "" : c.fieldPath());
            if (m.matches()) {
                marks.merge(m.group(1), c.message(), (a, b) -> a + "；" + b);
            }
        });
        return new ReviewPage(view, Lifecycle.progress(e.status()), reading.scoreSheet(e), task, finance, changes,
                rounds.history(actor, e), draft, bands, marks, evidence.of(e), annotations.of(e), open, handed, delegatedToMe, colleagues,
                task == null ? List.of() : copyable(actor, e),
                task == null ? List.of() : ReviewAnnotations.placesOutsideTheScoreSheet(e));
    }
}
