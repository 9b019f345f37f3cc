package cn.perfeval.workflow.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.workspace.ReviewAnnotations;
import cn.perfeval.workflow.evidence.EvidenceFile;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.round.RoundService.HistoryEntry;

/**
 * The review page from one load: the evaluation, its score sheet, the reader's open task if the decision is theirs,
 * what changed since the round that was returned, and the decisions so far; the reader's draft of the decision, the
 * template's grade bands (for the live suggested grade), and the self-scores the standard does not support (by code).
 */
public record ReviewPage(EvaluationView evaluation, List<Lifecycle.Stage> steps, ScoreSheetView scoreSheet,
                         EvaluationView.OpenTask task, boolean finance, Map<String, Change> changes,
                         List<HistoryEntry> history, ReviewDraft draft, List<Band> bands, Map<String, String> marks,
                         List<EvidenceFile> evidence,
                         List<ReviewAnnotations.AnnotationView> annotations, EvaluationView.OpenTask openTask,
                         String handed, boolean delegatedToMe, List<Person> colleagues, List<Person> copyable,
                         List<ReviewAnnotations.Place> notePlaces) {

    /** A person offered in a choice (转办, 委派, 抄送). */
    public record Person(String username, String displayName) {
    }


    /** A grade band of the total, open where a bound is null. */
    public record Band(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive, String label) {
    }
}
