package cn.perfeval.workflow.workspace;

import java.util.List;
import java.util.Map;

/**
 * Everything a reviewer has typed on a task and not yet decided: per indicator the review score as typed (text, so
 * that even a mistyped number is kept) and its reason, the grade, the opinion, the approval and return comments, and
 * the notes to pin to fields on a return.
 */
public record ReviewDraft(Map<String, ScoreDraft> scores, String reviewGrade, String opinion, String comment,
                          String returnComment, List<Annotation> annotations) {

    public ReviewDraft {
        Map<String, ScoreDraft> kept = new java.util.TreeMap<>();
        if (scores != null) {
            scores.forEach((code, score) -> {
                if (code != null && score != null) {
                    kept.put(code, score);
                }
            });
        }
        scores = java.util.Collections.unmodifiableMap(kept);
        annotations = annotations == null ? List.of()
                : annotations.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static final ReviewDraft EMPTY = new ReviewDraft(null, null, null, null, null, null);

    public record ScoreDraft(String score, String reason) {
    }

    /** A note pinned to a field by its path as the checks name it (e.g. {@code $.scoreSheet.selfScores['2.2.5']}). */
    public record Annotation(String path, String note) {
    }

    public ScoreDraft score(String code) {
        return scores.get(code);
    }
}
