package cn.perfeval.workflow.pages;

import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.round.RoundService.HistoryEntry;

/**
 * The review page from one load: the evaluation, its score sheet, the reader's open task if the decision is theirs,
 * what changed since the round that was returned, and the decisions so far.
 */
public record ReviewPage(EvaluationView evaluation, List<Lifecycle.Stage> steps, ScoreSheetView scoreSheet,
                         EvaluationView.OpenTask task, boolean finance, Map<String, Change> changes,
                         List<HistoryEntry> history) {
}
