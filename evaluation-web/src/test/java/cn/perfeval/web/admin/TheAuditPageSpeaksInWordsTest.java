package cn.perfeval.web.admin;


import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page's 说明 and 评价 columns as an administrator reads them: the warnings acknowledged at a submission by
 * their Chinese names (also on lines written before they were named so), the evaluation as its unit and year with a
 * link, never a check code or a bare evaluation id; the Excel export says the same.
 */
class TheAuditPageSpeaksInWordsTest extends RunningPlatformTest {

    @Test
    void aSubmissionIsListedWithItsWarningsNamedAndItsEvaluationByUnitAndYear() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        var submitter = Scenes.actor(directory, unit.submitter());
        long id = Scenes.importSeed(evaluations, jdbc, submitter, unit, 2020);
        int version = jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id);
        approvals.submit(submitter, id, Scenes.SEED_WARNINGS, version);
        // a line as an older release wrote it, with the codes themselves
        jdbc.update("insert into audit_event (occurred_at, actor, action, evaluation_id, round_no, detail) "
                + "values (current_timestamp, ?, 'SUBMIT', ?, 1, '提交第1轮；已确认提醒：PROJECT_ROWS_BLANK、REPORT_A1_TOTAL')",
                unit.submitter(), id);

        HttpTestClient http = http();
        String cookie = login(http, "admin");
        Response page = http.getWithCookie("/admin/audit?actor=" + unit.submitter() + "&action=SUBMIT", cookie);
        assertThat(page.status()).isEqualTo(200);
        String table = page.body().substring(page.body().indexOf("<table class=\"grid\" id=\"audit\""));
        assertThat(table).contains("已确认提醒：").contains("附件1实际在职人数与附件3在职在编人数不符")
                .contains("附件3有项目支出而附件1项目支出未填").contains("附件3支出合计与附件1部门整体支出本年决算数不符")
                .contains("<a href=\"/evaluations/" + id + "\">" + unit.name() + " 2020年度自评</a>（第 1 轮）")
                .doesNotContain("STAFF_HEADCOUNT_MISMATCH").doesNotContain("PROJECT_ROWS_BLANK").doesNotContain("REPORT_A1_TOTAL")
                .doesNotContain("<td class=\"audit-evaluation\">" + id);

        Response api = http.get("/api/admin/audit?actor=" + unit.submitter() + "&action=SUBMIT", "admin");
        assertThat(api.json().path("items").get(0).path("evaluationName").asText()).isEqualTo(unit.name() + " 2020年度自评");
        assertThat(api.body()).doesNotContain("PROJECT_ROWS_BLANK");
    }

    static String login(HttpTestClient http, String user) {
        return http.logIn(user);
    }
}
