package cn.perfeval.domain.evaluation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.perfeval.domain.evaluation.EvaluationStatus.APPROVED;
import static cn.perfeval.domain.evaluation.EvaluationStatus.DRAFT;
import static cn.perfeval.domain.evaluation.EvaluationStatus.FINANCE_REVIEW;
import static cn.perfeval.domain.evaluation.EvaluationStatus.INTERNAL_REVIEW;
import static cn.perfeval.domain.evaluation.EvaluationStatus.PUBLISHED;
import static cn.perfeval.domain.evaluation.EvaluationStatus.RETURNED;

/**
 * The approval path of design/workflow.md in one place: which move each status allows and where it leads, who makes
 * it, what a person has to do next, and the steps as the page's step bar shows them. Nothing else compares statuses.
 */
public final class Lifecycle {

    private static final Map<EvaluationStatus, Map<Move, EvaluationStatus>> NEXT = new EnumMap<>(EvaluationStatus.class);

    static {
        on(DRAFT, Move.EDIT, DRAFT);
        on(DRAFT, Move.SUBMIT, INTERNAL_REVIEW);
        on(RETURNED, Move.EDIT, RETURNED);
        on(RETURNED, Move.SUBMIT, INTERNAL_REVIEW);
        on(INTERNAL_REVIEW, Move.WITHDRAW, DRAFT);
        on(INTERNAL_REVIEW, Move.APPROVE, FINANCE_REVIEW);
        on(INTERNAL_REVIEW, Move.RETURN, RETURNED);
        on(FINANCE_REVIEW, Move.APPROVE, APPROVED);
        on(FINANCE_REVIEW, Move.RETURN, RETURNED);
        on(APPROVED, Move.PUBLISH, PUBLISHED);
        on(PUBLISHED, Move.UNPUBLISH, APPROVED);
    }

    private Lifecycle() {
    }

    private static void on(EvaluationStatus from, Move move, EvaluationStatus to) {
        NEXT.computeIfAbsent(from, s -> new EnumMap<>(Move.class)).put(move, to);
    }

    public static boolean allows(EvaluationStatus status, Move move) {
        return NEXT.getOrDefault(status, Map.of()).containsKey(move);
    }

    /** Where the move leads; only for a move {@link #allows} (a refused move must have been checked first). */
    public static EvaluationStatus after(EvaluationStatus status, Move move) {
        EvaluationStatus next = NEXT.getOrDefault(status, Map.of()).get(move);
        if (next == null) {
            throw new IllegalStateException(move + " is not a move from " + status);
        }
        return next;
    }

    /** The attachments may be changed: a draft, or a returned evaluation. */
    public static boolean isEditable(EvaluationStatus status) {
        return allows(status, Move.EDIT);
    }

    /** Not yet handed in: what a deadline can make overdue. */
    public static boolean isBeforeSubmission(EvaluationStatus status) {
        return status.waitingOn().orElse(null) == Step.FILL_IN;
    }

    /** A reviewer's step is open: the evaluation is read on the review page. */
    public static boolean isInReview(EvaluationStatus status) {
        return status.waitingOn().map(Step::isReview).orElse(false);
    }

    /** The role that makes this move; for a decision outside a review, any reviewer (the status then refuses it). */
    public static Optional<Role> actingRole(EvaluationStatus status, Move move) {
        return switch (move) {
            case EDIT, SUBMIT, WITHDRAW -> Optional.of(Role.SUBMITTER);
            case APPROVE, RETURN -> status.waitingOn().filter(Step::isReview).map(Step::role);
            case PUBLISH, UNPUBLISH -> Optional.of(Role.PUBLISHER);
        };
    }

    /** Whether this person may make this move now; empty when they may, otherwise the first reason they may not. */
    public static Optional<MoveRefusal> check(EvaluationStatus status, Move move, Participant who) {
        Optional<Role> role = actingRole(status, move);
        boolean hasRole = role.map(who::has)
                .orElse(who.has(Role.INTERNAL_REVIEWER) || who.has(Role.FINANCE_REVIEWER));
        if (!hasRole || who.relation() != requiredRelation(status, move)) {
            return Optional.of(notPermitted(status, move));
        }
        if (!allows(status, move)) {
            return Optional.of(notNow(status, move));
        }
        if (status == INTERNAL_REVIEW && (move == Move.APPROVE || move == Move.RETURN) && who.submittedCurrentRound()) {
            return Optional.of(new MoveRefusal(MoveRefusal.Kind.NOT_PERMITTED, "OWN_SUBMISSION",
                    "本轮由您本人提交，您不能审核自己提交的自评，请由本单位其他审核人处理"));
        }
        return Optional.empty();
    }

    public static boolean may(EvaluationStatus status, Move move, Participant who) {
        return check(status, move, who).isEmpty();
    }

    /** The moves this person may make now, in the order of the path: what a page offers as buttons. */
    public static List<Move> movesFor(EvaluationStatus status, Participant who) {
        return Arrays.stream(Move.values()).filter(m -> may(status, m, who)).toList();
    }

    /** What this person has to do on the evaluation now, as their to-do list says it; empty when nothing. */
    public static Optional<String> todo(EvaluationStatus status, Participant who) {
        Optional<Step> step = status.waitingOn();
        if (step.isEmpty() || !may(status, mainMove(step.get()), who)) {
            return Optional.empty();
        }
        return Optional.of(status == RETURNED ? "按意见修改后重新提交" : step.get().label());
    }

    /** How a decision reads in a history: 单位内部审核通过, 财政局评审退回, 撤回公开. */
    public static String decisionLabel(Step step, Move move) {
        return step.isReview() ? step.label() + move.label() : move.label();
    }

    /** One position of the step bar. */
    public record Stage(String label, StageState state) {
    }

    public enum StageState { DONE, CURRENT, RETURNED, TODO }

    private static final List<EvaluationStatus> BAR = List.of(DRAFT, INTERNAL_REVIEW, FINANCE_REVIEW, APPROVED, PUBLISHED);
    private static final List<String> BAR_LABELS = List.of("填报", "单位内部审核", "财政局评审", "审核通过", "公开发布");

    /** The step bar 填报 → 单位内部审核 → 财政局评审 → 审核通过 → 公开发布, with where the evaluation stands. */
    public static List<Stage> progress(EvaluationStatus status) {
        int at = status == RETURNED ? 0 : BAR.indexOf(status);
        return java.util.stream.IntStream.range(0, BAR.size()).mapToObj(i -> {
            StageState state = i < at || status == PUBLISHED ? StageState.DONE
                    : i > at ? StageState.TODO : status == RETURNED ? StageState.RETURNED : StageState.CURRENT;
            return new Stage(i == 0 && status == RETURNED ? "已退回·修改" : BAR_LABELS.get(i), state);
        }).toList();
    }

    private static Move mainMove(Step step) {
        return switch (step) {
            case FILL_IN -> Move.EDIT;
            case INTERNAL_REVIEW, FINANCE_REVIEW -> Move.APPROVE;
            case PUBLISH -> Move.PUBLISH;
        };
    }

    private static Participant.Relation requiredRelation(EvaluationStatus status, Move move) {
        return switch (move) {
            case EDIT, SUBMIT, WITHDRAW -> Participant.Relation.OWN_UNIT;
            case APPROVE, RETURN -> status.waitingOn().orElse(null) == Step.FINANCE_REVIEW
                    ? Participant.Relation.OVERSEEING_BUREAU : Participant.Relation.OWN_UNIT;
            case PUBLISH, UNPUBLISH -> Participant.Relation.OVERSEEING_BUREAU;
        };
    }

    private static MoveRefusal notPermitted(EvaluationStatus status, Move move) {
        String[] refusal = switch (move) {
            case EDIT -> new String[] {"NOT_UNIT_SUBMITTER", "只有本单位的填报人可以修改自评内容"};
            case SUBMIT -> new String[] {"NOT_UNIT_SUBMITTER", "只有本单位的填报人可以提交自评"};
            case WITHDRAW -> new String[] {"NOT_UNIT_SUBMITTER", "只有本单位的填报人可以撤回"};
            case APPROVE, RETURN -> new String[] {"NOT_TASK_CANDIDATE", "您没有处理此任务的权限（"
                    + status.waitingOn().map(Step::label).orElse(status.label()) + "）"};
            case PUBLISH, UNPUBLISH -> new String[] {"NOT_PUBLISHER", "只有该单位所属财政局的发布人可以发布或撤回公开"};
        };
        return new MoveRefusal(MoveRefusal.Kind.NOT_PERMITTED, refusal[0], refusal[1]);
    }

    private static MoveRefusal notNow(EvaluationStatus status, Move move) {
        String now = "该自评当前为“" + status.label() + "”，";
        String[] refusal = switch (move) {
            case EDIT, SUBMIT -> status == PUBLISHED
                    ? new String[] {"EVALUATION_PUBLISHED", "该自评已公开发布，内容不能再修改"}
                    : new String[] {"EVALUATION_NOT_EDITABLE", now + "只有草稿或已退回的自评可以修改或提交"};
            case WITHDRAW -> new String[] {"NOT_WITHDRAWABLE", now + "只有尚待单位内部审核的提交可以撤回"};
            case APPROVE, RETURN -> new String[] {"TASK_NOT_A_REVIEW", now + "不在审核环节，不能通过或退回"};
            case PUBLISH -> status == PUBLISHED
                    ? new String[] {"ALREADY_PUBLISHED", "该自评已公开发布"}
                    : new String[] {"NOT_APPROVED", now + "财政局评审通过后才能发布"};
            case UNPUBLISH -> new String[] {"NOT_PUBLISHED", now + "尚未公开发布"};
        };
        return new MoveRefusal(MoveRefusal.Kind.NOT_NOW, refusal[0], refusal[1]);
    }
}
