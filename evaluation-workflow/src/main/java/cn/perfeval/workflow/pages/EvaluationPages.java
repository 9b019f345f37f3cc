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

    /** The findings that mark an indicator on the review page: a self-score the standard or the rules do not support. */
    private static final Set<String> UNSUPPORTED = Set.of(ConsistencyChecker.SELF_SCORE_NOT_ALLOWED,
            ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
    private static final Pattern SELF_SCORE_PATH = Pattern.compile("^\\$\\.scoreSheet\\.selfScores\\['(.+)']$");

    public EvaluationPages(EvaluationAccess access, EvaluationReading reading, EvidenceService evidence,
                           RoundService rounds, ReviewDrafts drafts, ReviewAnnotations annotations) {
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

    public ReviewPage review(Actor actor, long id) {
        StoredEvaluation e = access.visible(actor, id);
        EvaluationView view = reading.view(e);
        EvaluationView.OpenTask task = view.openTask() != null && access.may(actor, e, Move.APPROVE) ? view.openTask() : null;
        Map<String, Change> changes = new LinkedHashMap<>();
        if (e.round() > 1) {
            rounds.diff(e, e.round(), null).changes().forEach(c -> changes.put(c.path(), c));
        }
        boolean finance = e.status().waitingOn().orElse(null) == Step.FINANCE_REVIEW;
        ReviewDraft draft = task == null ? null : drafts.find(actor, task.taskId()).orElse(null);
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
                rounds.history(actor, e), draft, bands, marks, evidence.of(e), annotations.of(e));
    }
}
