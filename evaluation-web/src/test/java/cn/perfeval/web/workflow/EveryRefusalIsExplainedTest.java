package cn.perfeval.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Wrong role 403, other unit 404, own submission 403, wrong state 409, missing comment or reason 422: each with a code and a Chinese message. */
class EveryRefusalIsExplainedTest extends RunningPlatformTest {

    HttpTestClient http;
    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        http = new HttpTestClient(port);
        unit = WorkflowTestSupport.newUnit(directory, encoder);
    }

    long draft() {
        return http.postJson("/api/evaluations/import", unit.submitter(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2020))).json().path("id").asLong();
    }

    long submitted() {
        return WorkflowTestSupport.submitted(evaluations, approvals, directory, unit, 2020);
    }

    long inFinanceReview() {
        return WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2020);
    }

    String task(long id) {
        return WorkflowTestSupport.openTask(tasks, jdbc, id).getId();
    }

    static void refused(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("code").asString()).isEqualTo(code);
        assertThat(response.json().path("message").asString()).matches(".*[\\u4e00-\\u9fa5].*");
    }

    // ------------------------------------------------------------------ wrong role

    @Test
    void anInternalReviewerCannotCreateImportEditOrSubmit() {
        long id = draft();
        refused(http.postJson("/api/evaluations", unit.reviewer(), "{}"), 403, "NOT_SUBMITTER");
        refused(http.postJson("/api/evaluations/import", unit.reviewer(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2020))), 403, "NOT_SUBMITTER");
        refused(http.putJson("/api/evaluations/" + id + "/report", unit.reviewer(), "{}"), 403, "NOT_UNIT_SUBMITTER");
        refused(http.postJson("/api/evaluations/" + id + "/submit", unit.reviewer(), "{}"), 403, "NOT_UNIT_SUBMITTER");
    }

    @Test
    void aSubmitterCannotApproveAndAFinanceReviewerCannotPublish() {
        long id = submitted();
        refused(http.postJson("/api/tasks/" + task(id) + "/approve", unit.submitter(), "{}"), 403, "NOT_TASK_CANDIDATE");
        refused(http.postJson("/api/tasks/" + task(id) + "/approve", "finance.reviewer", "{}"), 403, "NOT_TASK_CANDIDATE");
        long approved = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2021);
        refused(http.postJson("/api/tasks/" + task(approved) + "/approve", unit.reviewer(), "{}"), 403, "NOT_TASK_CANDIDATE");
        refused(http.postJson("/api/evaluations/" + id + "/publish", "finance.reviewer", null), 403, "NOT_PUBLISHER");
    }

    @Test
    void onlyTheBureauOpensCampaignsAndSeesTheirBoard() {
        String body = "{\"year\":2020,\"deadline\":\"" + LocalDateTime.now().plusDays(9).withNano(0)
                + "\",\"unitIds\":[" + unit.id() + "]}";
        refused(http.postJson("/api/campaigns", unit.submitter(), body), 403, "NOT_BUREAU_MANAGER");
        refused(http.postJson("/api/campaigns", "publisher", body), 403, "NOT_BUREAU_MANAGER");
        long campaign = http.postJson("/api/campaigns", "admin", body).json().path("id").asLong();
        refused(http.get("/api/campaigns/" + campaign + "/board", unit.submitter()), 403, "NOT_BUREAU");
        refused(http.postJson("/api/campaigns/" + campaign + "/remind", "guitang.reviewer", "{}"), 403, "NOT_BUREAU");
        refused(http.postJson("/api/campaigns", "admin", "{\"deadline\":null,\"unitIds\":[]}"), 422, "CAMPAIGN_INVALID");
    }

    // ------------------------------------------------------------------ other unit

    @Test
    void anotherUnitNeitherSeesNorTouchesTheEvaluation() {
        long id = submitted();
        refused(http.get("/api/evaluations/" + id, "guitang.submitter"), 404, "EVALUATION_NOT_FOUND");
        refused(http.get("/api/evaluations/" + id + "/export", "guitang.submitter"), 404, "EVALUATION_NOT_FOUND");
        refused(http.get("/api/evaluations/" + id + "/history", "guitang.reviewer"), 404, "EVALUATION_NOT_FOUND");
        refused(http.putJson("/api/evaluations/" + id + "/report", "guitang.submitter", "{}"), 404, "EVALUATION_NOT_FOUND");
        refused(http.postJson("/api/tasks/" + task(id) + "/approve", "guitang.reviewer", "{}"), 404, "EVALUATION_NOT_FOUND");
        assertThat(http.get("/api/evaluations?year=2020", "guitang.submitter").body()).doesNotContain(unit.name());
        assertThat(http.get("/api/tasks", "guitang.reviewer").body()).doesNotContain(unit.name());
        assertThat(http.get("/api/evaluations?year=2020", "finance.reviewer").body()).contains(unit.name());
        refused(http.get("/api/public/evaluations/" + id, null), 404, "EVALUATION_NOT_FOUND");
    }

    // ------------------------------------------------------------------ own submission

    @Test
    void whoeverSubmittedARoundCannotApproveItInternally() {
        long id = http.postJson("/api/evaluations/import", unit.both(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2020))).json().path("id").asLong();
        assertThat(http.postJson("/api/evaluations/" + id + "/submit", unit.both(),
                WholeApprovalPathOverHttpTest.acknowledge()).status()).isEqualTo(200);
        Response own = http.postJson("/api/tasks/" + task(id) + "/approve", unit.both(), "{}");
        refused(own, 403, "OWN_SUBMISSION");
        assertThat(own.json().path("message").asString()).contains("本人提交");
        assertThat(http.postJson("/api/tasks/" + task(id) + "/approve", unit.reviewer(), "{}").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ wrong state

    @Test
    void withdrawOnlyWhileTheInternalReviewHasNotActed() {
        long id = draft();
        refused(http.postJson("/api/evaluations/" + id + "/withdraw", unit.submitter(), null), 409, "NOT_WITHDRAWABLE");
        assertThat(http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(),
                WholeApprovalPathOverHttpTest.acknowledge()).status()).isEqualTo(200);
        refused(http.postJson("/api/evaluations/" + id + "/withdraw", unit.reviewer(), null), 403, "NOT_UNIT_SUBMITTER");
        Response withdrawn = http.postJson("/api/evaluations/" + id + "/withdraw", unit.submitter(), null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("DRAFT");
        WorkflowTestSupport.assertStatusAndTaskAgree(tasks, jdbc, id, cn.perfeval.domain.evaluation.EvaluationStatus.DRAFT);

        long reviewed = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2021);
        refused(http.postJson("/api/evaluations/" + reviewed + "/withdraw", unit.submitter(), null), 409, "NOT_WITHDRAWABLE");
    }

    @Test
    void aHandledTaskAnUnapprovedPublicationAndADoubleSubmitAreConflicts() {
        long id = submitted();
        String internal = task(id);
        assertThat(http.postJson("/api/tasks/" + internal + "/approve", unit.reviewer(), "{}").status()).isEqualTo(200);
        refused(http.postJson("/api/tasks/" + internal + "/approve", unit.reviewer(), "{}"), 409, "TASK_ALREADY_HANDLED");
        refused(http.postJson("/api/tasks/" + internal + "/return", unit.reviewer(), "{\"comment\":\"x\"}"), 409,
                "TASK_ALREADY_HANDLED");
        refused(http.postJson("/api/evaluations/" + id + "/publish", "publisher", null), 409, "NOT_APPROVED");
        refused(http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(), "{}"), 409, "EVALUATION_NOT_EDITABLE");
        refused(http.postJson("/api/evaluations/" + id + "/unpublish", "publisher", "{\"reason\":\"x\"}"), 409, "NOT_PUBLISHED");
        refused(http.postJson("/api/tasks/no-such-task/approve", unit.reviewer(), "{}"), 404, "TASK_NOT_FOUND");
    }

    // ------------------------------------------------------------------ missing comment or reason, bad review

    @Test
    void aReturnNeedsAComment() {
        long id = submitted();
        Response blank = http.postJson("/api/tasks/" + task(id) + "/return", unit.reviewer(), "{\"comment\":\"  \"}");
        refused(blank, 422, "COMMENT_REQUIRED");
        assertThat(blank.json().path("details").get(0).path("path").asString()).isEqualTo("$.comment");
        long finance = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2021);
        refused(http.postJson("/api/tasks/" + task(finance) + "/return", "finance.reviewer", "{}"), 422, "COMMENT_REQUIRED");
        WorkflowTestSupport.assertStatusAndTaskAgree(tasks, jdbc, finance,
                cn.perfeval.domain.evaluation.EvaluationStatus.FINANCE_REVIEW);
    }

    @Test
    void aFinanceReviewNeedsReasonsInRangeScoresAGradeAndAnOpinion() {
        long id = inFinanceReview();
        Response bad = http.postJson("/api/tasks/" + task(id) + "/approve", "finance.reviewer",
                "{\"reviewScores\":{\"2.2.1\":{\"score\":2.5},\"1.1.1\":{\"score\":3,\"reason\":\"超分\"},"
                        + "\"9.9.9\":{\"score\":1,\"reason\":\"x\"}},\"reviewGrade\":\"甲\",\"opinion\":\"\"}");
        refused(bad, 422, "REVIEW_INCOMPLETE");
        JsonNode details = bad.json().path("details");
        assertThat(details.toString()).contains("$.reviewScores['2.2.1'].reason", "$.reviewScores['1.1.1'].score",
                "$.reviewScores['9.9.9']", "$.reviewGrade", "$.opinion", "须说明理由", "应在0到2分之间");
        WorkflowTestSupport.assertStatusAndTaskAgree(tasks, jdbc, id,
                cn.perfeval.domain.evaluation.EvaluationStatus.FINANCE_REVIEW);
        Response ok = http.postJson("/api/tasks/" + task(id) + "/approve", "finance.reviewer",
                "{\"reviewScores\":{\"2.2.1\":{\"score\":2.8}},\"reviewGrade\":\"EXCELLENT\",\"opinion\":\"好\"}");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().path("reviewGradeLabel").asString()).isEqualTo("优");
        refused(http.postJson("/api/evaluations/" + id + "/unpublish", "publisher", "{\"reason\":\"\"}"), 422, "REASON_REQUIRED");
    }

    // ------------------------------------------------------------------ edits after submit, after publication, stale

    @Test
    void editsAfterSubmitAfterPublicationAndFromAStaleVersionAreRefused() {
        long id = draft();
        int version = http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
        String report = WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2020).get("report"));
        assertThat(http.putJson("/api/evaluations/" + id + "/report?version=" + version, unit.submitter(), report).status())
                .isEqualTo(200);
        refused(http.putJson("/api/evaluations/" + id + "/report?version=" + version, unit.submitter(), report), 409,
                "CONCURRENT_MODIFICATION");
        approvals.submit(WorkflowTestSupport.actor(directory, unit.submitter()), id,
                Set.copyOf(WorkflowTestSupport.SEED_WARNINGS), null);
        refused(http.putJson("/api/evaluations/" + id + "/report", unit.submitter(), report), 409, "EVALUATION_NOT_EDITABLE");
        refused(http.postJson("/api/evaluations/import", unit.submitter(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2020))), 409, "EVALUATION_NOT_EDITABLE");

        long published = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2021);
        assertThat(http.postJson("/api/tasks/" + task(published) + "/approve", "finance.reviewer",
                "{\"reviewGrade\":\"良\",\"opinion\":\"同意\"}").status()).isEqualTo(200);
        assertThat(http.postJson("/api/evaluations/" + published + "/publish", "publisher", null).status()).isEqualTo(200);
        refused(http.postJson("/api/evaluations/" + published + "/publish", "publisher", null), 409, "ALREADY_PUBLISHED");
        refused(http.putJson("/api/evaluations/" + published + "/score-sheet", unit.submitter(), "{}"), 409,
                "EVALUATION_PUBLISHED");
        refused(http.postJson("/api/evaluations/import", unit.submitter(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(unit, 2021))), 409, "EVALUATION_PUBLISHED");
        refused(http.postJson("/api/evaluations/" + published + "/submit", unit.submitter(), "{}"), 409, "EVALUATION_PUBLISHED");
    }

    @Test
    void submittingWithAnErrorIsRefusedWithTheFindings() {
        long id = draft();
        String scoreSheet = "{\"selfScores\":{\"1.1.1\":2,\"2.1.2\":3}}";
        int version = http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
        assertThat(http.putJson("/api/evaluations/" + id + "/score-sheet?version=" + version, unit.submitter(), scoreSheet)
                .status()).isEqualTo(200);
        Response blocked = http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(),
                WholeApprovalPathOverHttpTest.acknowledge());
        refused(blocked, 422, "CHECKS_FAILED");
        assertThat(blocked.json().path("details").toString()).contains("\"severity\":\"ERROR\"");
        WorkflowTestSupport.assertStatusAndTaskAgree(tasks, jdbc, id, cn.perfeval.domain.evaluation.EvaluationStatus.DRAFT);
    }
}
