package cn.perfeval.workflow.event;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ChangesCounts;

/**
 * What happened to an evaluation, published by the use case inside its transaction; the audit trail and the notices
 * react to it there, so an action that rolls back leaves neither a trace nor a notice.
 */
public sealed interface EvaluationEvent extends ChangesCounts {

    Actor actor();

    EvaluationRef evaluation();

    /** A new draft, started empty or imported from a document. */
    record DraftCreated(Actor actor, EvaluationRef evaluation, boolean imported) implements EvaluationEvent {
    }

    /** An imported document replaced the draft's content. */
    record DraftReplaced(Actor actor, EvaluationRef evaluation) implements EvaluationEvent {
    }

    /** The submitter changed the working copy: an attachment saved, an evidence file added or removed. */
    record Changed(Actor actor, EvaluationRef evaluation, String what) implements EvaluationEvent {
    }

    record Submitted(Actor actor, EvaluationRef evaluation, Set<String> acknowledgedWarnings) implements EvaluationEvent {
    }

    record Withdrawn(Actor actor, EvaluationRef evaluation) implements EvaluationEvent {
    }

    /** A reviewer approved; the finance review carries its grade, total, opinion and the scores it changed. */
    record Approved(Actor actor, EvaluationRef evaluation, Step step, String comment, ReviewGrade grade,
                    BigDecimal reviewTotal, String opinion, List<ScoreChange> scoreChanges) implements EvaluationEvent {
    }

    record ScoreChange(String code, BigDecimal selfScore, BigDecimal reviewScore, String reason) {
    }

    record Returned(Actor actor, EvaluationRef evaluation, Step step, String comment) implements EvaluationEvent {
    }

    /** {@code evidenceReview}: the publisher's 保密审查 of the evidence offered as 可公开, as the audit line says it. */
    record Published(Actor actor, EvaluationRef evaluation, String evidenceReview) implements EvaluationEvent {
    }

    record Unpublished(Actor actor, EvaluationRef evaluation, String reason) implements EvaluationEvent {
    }

    /** 转办, 委派 or 办结委派: an open review task given to another person (or, resolved, back to its owner). */
    record Handed(Actor actor, EvaluationRef evaluation, Step step, Handing how, String toUser, String toName,
                  String comment) implements EvaluationEvent {
    }

    enum Handing {
        TRANSFER("转办"), DELEGATE("委派"), RESOLVE("办结委派");

        private final String label;

        Handing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 抄送: people given a copy of the evaluation to read, with the reviewer's comment. */
    record Copied(Actor actor, EvaluationRef evaluation, List<String> users, List<String> names, String comment)
            implements EvaluationEvent {
    }
}
