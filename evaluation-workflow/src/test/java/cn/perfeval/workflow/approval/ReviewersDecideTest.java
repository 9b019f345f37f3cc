package cn.perfeval.workflow.approval;

import java.math.BigDecimal;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.review.ApprovalRequest.ReviewScoreInput;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The internal review and the finance review: who decides, what a decision needs, and what it leaves behind. */
class ReviewersDecideTest extends UseCaseTest {

    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        unit = newUnit();
    }

    @Test
    void theInternalReviewPassesTheEvaluationToTheBureau() {
        long id = submitted(unit, 2020);
        EvaluationView approved = decisions.approve(actor(unit.reviewer()), task(id), ApprovalRequest.withComment("同意上报"));
        assertThat(approved.status()).isEqualTo(EvaluationStatus.FINANCE_REVIEW);
        assertStatusAndTaskAgree(id, EvaluationStatus.FINANCE_REVIEW);
        assertThat(jdbc.queryForObject("select comment_text from review_record where evaluation_id = ? and step = "
                + "'INTERNAL_REVIEW'", String.class, id)).isEqualTo("同意上报");
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = 'finance.reviewer' and n.evaluation_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void onlyTheRightReviewerDecidesAndNobodyReviewsTheirOwnSubmission() {
        long id = submitted(unit, 2020);
        refused(() -> decisions.approve(actor(unit.submitter()), task(id), null), Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");
        refused(() -> decisions.approve(actor("finance.reviewer"), task(id), null), Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");
        refused(() -> decisions.approve(actor("guitang.reviewer"), task(id), null), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");

        long own = editing.importDocument(actor(unit.both()), json(seedFor(unit, 2021))).id();
        submission.submit(actor(unit.both()), own, SEED_WARNINGS, null);
        UseCaseException e = refused(() -> decisions.approve(actor(unit.both()), task(own), null), Refusal.FORBIDDEN,
                "OWN_SUBMISSION");
        assertThat(e.getMessage()).contains("本人提交");
        assertThat(decisions.approve(actor(unit.reviewer()), task(own), null).status()).isEqualTo(EvaluationStatus.FINANCE_REVIEW);
        refused(() -> decisions.approve(actor(unit.reviewer()), task(own), null), Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");
    }

    @Test
    void aReturnNeedsACommentAndGoesBackToTheSubmitter() {
        long id = submitted(unit, 2020);
        UseCaseException blank = refused(() -> decisions.returnToSubmitter(actor(unit.reviewer()), task(id), "  "),
                Refusal.UNPROCESSABLE, "COMMENT_REQUIRED");
        assertThat(blank.details()).singleElement().extracting(d -> d.path()).isEqualTo("$.comment");
        assertStatusAndTaskAgree(id, EvaluationStatus.INTERNAL_REVIEW);

        EvaluationView returned = decisions.returnToSubmitter(actor(unit.reviewer()), task(id), "请补充项目支出");
        assertThat(returned.status()).isEqualTo(EvaluationStatus.RETURNED);
        assertStatusAndTaskAgree(id, EvaluationStatus.RETURNED);
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.kind = 'RETURN' and n.body = '请补充项目支出'", Integer.class,
                unit.submitter())).isEqualTo(1);
        assertThat(submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null).round()).isEqualTo(2);
    }

    @Test
    void aFinanceReviewNeedsReasonsScoresInRangeAGradeAndAnOpinion() {
        long id = inFinanceReview(unit, 2020);
        ApprovalRequest bad = new ApprovalRequest(null, Map.of("2.2.1", new ReviewScoreInput(new BigDecimal("2.5"), null),
                "1.1.1", new ReviewScoreInput(new BigDecimal("3"), "超分"), "9.9.9", new ReviewScoreInput(BigDecimal.ONE, "x")),
                "甲", "");
        UseCaseException e = refused(() -> decisions.approve(actor("finance.reviewer"), task(id), bad),
                Refusal.UNPROCESSABLE, "REVIEW_INCOMPLETE");
        assertThat(e.details()).extracting(d -> d.path()).contains("$.reviewScores['2.2.1'].reason",
                "$.reviewScores['1.1.1'].score", "$.reviewScores['9.9.9']", "$.reviewGrade", "$.opinion");
        assertStatusAndTaskAgree(id, EvaluationStatus.FINANCE_REVIEW);

        EvaluationView ok = decisions.approve(actor("finance.reviewer"), task(id), new ApprovalRequest(null,
                Map.of("2.2.1", new ReviewScoreInput(new BigDecimal("2.5"), "制度执行有欠缺")), "EXCELLENT", "好"));
        assertThat(ok.status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(ok.reviewGradeLabel()).isEqualTo("优");
        assertThat(ok.reviewTotal()).isEqualByComparingTo("85.9");
        assertThat(reading.scoreSheet(actor("finance.reviewer"), id).indicators().get("2.2.1").reviewScore())
                .isEqualByComparingTo("2.5");
        assertThat(jdbc.queryForObject("select detail from audit_event where evaluation_id = ? and action = 'SCORE_CHANGE'",
                String.class, id)).isEqualTo("2.2.1 自评2.8分 → 评审2.5分；理由：制度执行有欠缺");
    }

    @Test
    void aHandledTaskIsAConflictAndAnUnknownOneIsNotFound() {
        long id = submitted(unit, 2020);
        String internal = task(id);
        decisions.approve(actor(unit.reviewer()), internal, null);
        refused(() -> decisions.approve(actor(unit.reviewer()), internal, null), Refusal.CONFLICT, "TASK_ALREADY_HANDLED");
        refused(() -> decisions.returnToSubmitter(actor(unit.reviewer()), internal, "x"), Refusal.CONFLICT,
                "TASK_ALREADY_HANDLED");
        refused(() -> decisions.approve(actor(unit.reviewer()), "no-such-task", null), Refusal.NOT_FOUND, "TASK_NOT_FOUND");
    }
}
