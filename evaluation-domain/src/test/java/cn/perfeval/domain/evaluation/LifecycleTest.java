package cn.perfeval.domain.evaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.Lifecycle.StageState;
import cn.perfeval.domain.evaluation.Participant.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.perfeval.domain.evaluation.EvaluationStatus.APPROVED;
import static cn.perfeval.domain.evaluation.EvaluationStatus.DRAFT;
import static cn.perfeval.domain.evaluation.EvaluationStatus.FINANCE_REVIEW;
import static cn.perfeval.domain.evaluation.EvaluationStatus.INTERNAL_REVIEW;
import static cn.perfeval.domain.evaluation.EvaluationStatus.PUBLISHED;
import static cn.perfeval.domain.evaluation.EvaluationStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    private static final Participant SUBMITTER = new Participant(Set.of(Role.SUBMITTER), Relation.OWN_UNIT, false);
    private static final Participant REVIEWER = new Participant(Set.of(Role.INTERNAL_REVIEWER), Relation.OWN_UNIT, false);
    private static final Participant FINANCE = new Participant(Set.of(Role.FINANCE_REVIEWER), Relation.OVERSEEING_BUREAU, false);
    private static final Participant PUBLISHER = new Participant(Set.of(Role.PUBLISHER), Relation.OVERSEEING_BUREAU, false);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DRAFT, SUBMIT, INTERNAL_REVIEW", "RETURNED, SUBMIT, INTERNAL_REVIEW", "DRAFT, EDIT, DRAFT",
            "RETURNED, EDIT, RETURNED", "INTERNAL_REVIEW, WITHDRAW, DRAFT", "INTERNAL_REVIEW, APPROVE, FINANCE_REVIEW",
            "INTERNAL_REVIEW, RETURN, RETURNED", "FINANCE_REVIEW, APPROVE, APPROVED", "FINANCE_REVIEW, RETURN, RETURNED",
            "APPROVED, PUBLISH, PUBLISHED", "PUBLISHED, UNPUBLISH, APPROVED"})
    void eachAllowedMoveLeadsToOneStatus(EvaluationStatus from, Move move, EvaluationStatus to) {
        assertThat(Lifecycle.allows(from, move)).isTrue();
        assertThat(Lifecycle.after(from, move)).isEqualTo(to);
    }

    @Test
    void exactlyElevenMovesExistAndNoOtherIsAllowed() {
        int allowed = 0;
        for (EvaluationStatus s : EvaluationStatus.values()) {
            for (Move m : Move.values()) {
                if (Lifecycle.allows(s, m)) {
                    allowed++;
                } else {
                    assertThatThrownBy(() -> Lifecycle.after(s, m)).isInstanceOf(IllegalStateException.class);
                }
            }
        }
        assertThat(allowed).isEqualTo(11);
    }

    @Test
    void onlyDraftsAndReturnedEvaluationsAreEditable() {
        assertThat(EnumSet.allOf(EvaluationStatus.class).stream().filter(Lifecycle::isEditable))
                .containsExactlyInAnyOrder(DRAFT, RETURNED);
        assertThat(EnumSet.allOf(EvaluationStatus.class).stream().filter(Lifecycle::isInReview))
                .containsExactlyInAnyOrder(INTERNAL_REVIEW, FINANCE_REVIEW);
    }

    @Test
    void eachPersonMakesTheMovesOfTheirRole() {
        assertThat(Lifecycle.movesFor(DRAFT, SUBMITTER)).containsExactly(Move.EDIT, Move.SUBMIT);
        assertThat(Lifecycle.movesFor(INTERNAL_REVIEW, SUBMITTER)).containsExactly(Move.WITHDRAW);
        assertThat(Lifecycle.movesFor(INTERNAL_REVIEW, REVIEWER)).containsExactly(Move.APPROVE, Move.RETURN);
        assertThat(Lifecycle.movesFor(INTERNAL_REVIEW, FINANCE)).isEmpty();
        assertThat(Lifecycle.movesFor(FINANCE_REVIEW, FINANCE)).containsExactly(Move.APPROVE, Move.RETURN);
        assertThat(Lifecycle.movesFor(FINANCE_REVIEW, REVIEWER)).isEmpty();
        assertThat(Lifecycle.movesFor(APPROVED, PUBLISHER)).containsExactly(Move.PUBLISH);
        assertThat(Lifecycle.movesFor(PUBLISHED, PUBLISHER)).containsExactly(Move.UNPUBLISH);
        assertThat(Lifecycle.movesFor(PUBLISHED, SUBMITTER)).isEmpty();
    }

    @Test
    void refusalsSayWhoMayNotAndWhatTheStatusDoesNotAllow() {
        assertThat(Lifecycle.check(DRAFT, Move.EDIT, REVIEWER)).get()
                .extracting(MoveRefusal::kind, MoveRefusal::code)
                .containsExactly(MoveRefusal.Kind.NOT_PERMITTED, "NOT_UNIT_SUBMITTER");
        Participant foreignSubmitter = new Participant(Set.of(Role.SUBMITTER), Relation.OTHER, false);
        assertThat(Lifecycle.check(DRAFT, Move.EDIT, foreignSubmitter)).get()
                .extracting(MoveRefusal::code).isEqualTo("NOT_UNIT_SUBMITTER");
        assertThat(Lifecycle.check(APPROVED, Move.EDIT, SUBMITTER)).get()
                .extracting(MoveRefusal::kind, MoveRefusal::code, MoveRefusal::message)
                .containsExactly(MoveRefusal.Kind.NOT_NOW, "EVALUATION_NOT_EDITABLE",
                        "该自评当前为“已通过”，只有草稿或已退回的自评可以修改或提交");
        assertThat(Lifecycle.check(PUBLISHED, Move.SUBMIT, SUBMITTER)).get()
                .extracting(MoveRefusal::code).isEqualTo("EVALUATION_PUBLISHED");
        assertThat(Lifecycle.check(FINANCE_REVIEW, Move.WITHDRAW, SUBMITTER)).get()
                .extracting(MoveRefusal::code).isEqualTo("NOT_WITHDRAWABLE");
        assertThat(Lifecycle.check(FINANCE_REVIEW, Move.PUBLISH, PUBLISHER)).get()
                .extracting(MoveRefusal::code).isEqualTo("NOT_APPROVED");
        assertThat(Lifecycle.check(PUBLISHED, Move.PUBLISH, PUBLISHER)).get()
                .extracting(MoveRefusal::code).isEqualTo("ALREADY_PUBLISHED");
        assertThat(Lifecycle.check(APPROVED, Move.UNPUBLISH, PUBLISHER)).get()
                .extracting(MoveRefusal::code).isEqualTo("NOT_PUBLISHED");
        assertThat(Lifecycle.check(APPROVED, Move.PUBLISH, FINANCE)).get()
                .extracting(MoveRefusal::code).isEqualTo("NOT_PUBLISHER");
        assertThat(Lifecycle.check(INTERNAL_REVIEW, Move.APPROVE, SUBMITTER)).get()
                .extracting(MoveRefusal::code, MoveRefusal::message)
                .containsExactly("NOT_TASK_CANDIDATE", "您没有处理此任务的权限（单位内部审核）");
        assertThat(Lifecycle.check(DRAFT, Move.APPROVE, REVIEWER)).get()
                .extracting(MoveRefusal::kind, MoveRefusal::code)
                .containsExactly(MoveRefusal.Kind.NOT_NOW, "TASK_NOT_A_REVIEW");
    }

    @Test
    void nobodyReviewsTheRoundTheySubmitted() {
        Participant both = new Participant(Set.of(Role.SUBMITTER, Role.INTERNAL_REVIEWER), Relation.OWN_UNIT, true);
        assertThat(Lifecycle.check(INTERNAL_REVIEW, Move.RETURN, both)).get()
                .extracting(MoveRefusal::kind, MoveRefusal::code)
                .containsExactly(MoveRefusal.Kind.NOT_PERMITTED, "OWN_SUBMISSION");
        assertThat(Lifecycle.movesFor(INTERNAL_REVIEW, both)).containsExactly(Move.WITHDRAW);
        Participant bothOther = new Participant(both.roles(), Relation.OWN_UNIT, false);
        assertThat(Lifecycle.movesFor(INTERNAL_REVIEW, bothOther)).containsExactly(Move.WITHDRAW, Move.APPROVE, Move.RETURN);
    }

    @Test
    void theToDoNamesTheStepThePersonActsOn() {
        assertThat(Lifecycle.todo(DRAFT, SUBMITTER)).contains("填报");
        assertThat(Lifecycle.todo(RETURNED, SUBMITTER)).contains("按意见修改后重新提交");
        assertThat(Lifecycle.todo(INTERNAL_REVIEW, SUBMITTER)).isEmpty();
        assertThat(Lifecycle.todo(INTERNAL_REVIEW, REVIEWER)).contains("单位内部审核");
        assertThat(Lifecycle.todo(FINANCE_REVIEW, FINANCE)).contains("财政局评审");
        assertThat(Lifecycle.todo(APPROVED, PUBLISHER)).contains("公开发布");
        assertThat(Lifecycle.todo(PUBLISHED, PUBLISHER)).isEmpty();
    }

    @Test
    void theStepBarMarksWhereTheEvaluationStands() {
        assertThat(Lifecycle.progress(FINANCE_REVIEW)).extracting(Lifecycle.Stage::state)
                .containsExactly(StageState.DONE, StageState.DONE, StageState.CURRENT, StageState.TODO, StageState.TODO);
        List<Lifecycle.Stage> returned = Lifecycle.progress(RETURNED);
        assertThat(returned.get(0)).isEqualTo(new Lifecycle.Stage("已退回·修改", StageState.RETURNED));
        assertThat(Lifecycle.progress(PUBLISHED)).extracting(Lifecycle.Stage::state).containsOnly(StageState.DONE);
        assertThat(Lifecycle.decisionLabel(Step.INTERNAL_REVIEW, Move.RETURN)).isEqualTo("单位内部审核退回");
        assertThat(Lifecycle.decisionLabel(Step.PUBLISH, Move.UNPUBLISH)).isEqualTo("撤回公开");
    }
}
