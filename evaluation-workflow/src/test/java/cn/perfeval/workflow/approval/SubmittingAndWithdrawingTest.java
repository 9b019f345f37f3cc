package cn.perfeval.workflow.approval;

import java.util.Set;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Submit runs the checks and freezes a round; withdraw takes it back while the internal review has not acted. */
class SubmittingAndWithdrawingTest extends UseCaseTest {

    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        unit = newUnit();
    }

    @Test
    void aSubmissionFreezesRoundOneAndHandsTheEvaluationToTheInternalReview() {
        long id = draft(unit, 2020);
        EvaluationView submitted = submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, version(id));

        assertThat(submitted.status()).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        assertThat(submitted.round()).isEqualTo(1);
        assertThat(submitted.submittedBy()).isEqualTo(unit.submitter());
        assertThat(submitted.selfTotal()).isEqualByComparingTo("86.2");
        assertThat(submitted.openTask().step()).isEqualTo("INTERNAL_REVIEW");
        assertStatusAndTaskAgree(id, EvaluationStatus.INTERNAL_REVIEW);
        assertThat(jdbc.queryForObject("select acknowledged_warnings from evaluation_round where evaluation_id = ? "
                + "and round_no = 1", String.class, id)).contains("STAFF_HEADCOUNT_MISMATCH", "PROJECT_ROWS_BLANK");
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.evaluation_id = ? and n.title like '待审核%'", Integer.class,
                unit.reviewer(), id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where evaluation_id = ? and action = 'SUBMIT'",
                String.class, id)).startsWith("提交第1轮；已确认提醒：");
    }

    @Test
    void warningsMustBeAcknowledgedAndErrorsBlock() {
        long id = draft(unit, 2020);
        UseCaseException unacknowledged = refused(() -> submission.submit(actor(unit.submitter()), id, Set.of(), null),
                Refusal.UNPROCESSABLE, "WARNINGS_NOT_ACKNOWLEDGED");
        assertThat(unacknowledged.details()).extracting(d -> d.code()).containsExactlyInAnyOrderElementsOf(SEED_WARNINGS);

        editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, "{\"selfScores\":{\"1.1.1\":2,\"2.1.2\":3}}",
                version(id));
        UseCaseException blocked = refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null),
                Refusal.UNPROCESSABLE, "CHECKS_FAILED");
        assertThat(blocked.details()).anySatisfy(d -> assertThat(d.severity()).isEqualTo("ERROR"));
        assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);
    }

    @Test
    void onlyTheUnitsSubmitterSubmitsAndOnlyFromTheVersionTheyRead() {
        long id = draft(unit, 2020);
        refused(() -> submission.submit(actor(unit.reviewer()), id, SEED_WARNINGS, null), Refusal.FORBIDDEN,
                "NOT_UNIT_SUBMITTER");
        refused(() -> submission.submit(actor("guitang.submitter"), id, SEED_WARNINGS, null), Refusal.NOT_FOUND,
                "EVALUATION_NOT_FOUND");
        refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, version(id) - 1), Refusal.CONFLICT,
                "CONCURRENT_MODIFICATION");
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null), Refusal.CONFLICT,
                "EVALUATION_NOT_EDITABLE");
    }

    @Test
    void aWithdrawnSubmissionIsADraftAgainAndTheNextSubmissionIsRoundTwo() {
        long id = draft(unit, 2020);
        refused(() -> submission.withdraw(actor(unit.submitter()), id), Refusal.CONFLICT, "NOT_WITHDRAWABLE");
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        refused(() -> submission.withdraw(actor(unit.reviewer()), id), Refusal.FORBIDDEN, "NOT_UNIT_SUBMITTER");

        EvaluationView withdrawn = submission.withdraw(actor(unit.submitter()), id);
        assertThat(withdrawn.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(withdrawn.round()).isEqualTo(1);
        assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);

        assertThat(submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null).round()).isEqualTo(2);
        long reviewed = inFinanceReview(unit, 2021);
        refused(() -> submission.withdraw(actor(unit.submitter()), reviewed), Refusal.CONFLICT, "NOT_WITHDRAWABLE");
    }
}
