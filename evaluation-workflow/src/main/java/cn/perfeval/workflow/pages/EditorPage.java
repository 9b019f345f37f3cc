package cn.perfeval.workflow.pages;

import java.util.List;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.workflow.workspace.ReviewAnnotations;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationReading.LastReturn;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.evidence.EvidenceFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the editor page shows, from one load of the evaluation: where it stands, what the reader may do, the
 * working copy, its scores and findings, its evidence, and the comment it was last returned with.
 */
public record EditorPage(EvaluationView evaluation, List<Move> moves, List<Lifecycle.Stage> steps, ObjectNode document,
                         ScoreSheetView scoreSheet, List<CheckView> checks, List<EvidenceFile> evidence,
                         LastReturn lastReturn, List<ReviewAnnotations.AnnotationView> annotations) {

    public boolean editable() {
        return moves.contains(Move.EDIT);
    }

    public boolean canWithdraw() {
        return moves.contains(Move.WITHDRAW);
    }
}
