package cn.perfeval.web.workflow;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A return with two pinned notes over HTTP: the submitter's editor shows both at their fields' paths and as a
 * checklist, one is fixed and the other answered, and the next round's review page says which field changed. A page
 * script's save after its session expired is told so (401), not "no permission".
 */
class PinnedNotesAndAnExpiredSessionOverHttpTest extends RunningPlatformTest {

    @Test
    void twoNotesReachTheSubmitterAndComeBackAnswered() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = Scenes.importSeed(evaluations, jdbc, Scenes.actor(directory, unit.submitter()), unit, 2017);
        approvals.submit(Scenes.actor(directory, unit.submitter()), id, Scenes.SEED_WARNINGS, null);
        String taskId = Scenes.openTask(tasks, jdbc, id).getId();

        Response returned = http.postJson("/api/tasks/" + taskId + "/return", unit.reviewer(), "{\"comment\":\"请按批注修改\","
                + "\"annotations\":[{\"path\":\"$.scoreSheet.selfScores['1.1.2']\",\"note\":\"请说明1.1.2的依据\"},"
                + "{\"path\":\"$.report.sections[performance]\",\"note\":\"绩效情况过于简略\"}]}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);

        JsonNode notes = http.get("/api/evaluations/" + id + "/annotations", unit.submitter()).json();
        assertThat(notes.size()).isEqualTo(2);
        String editor = http.getWithCookie("/evaluations/" + id, login(http, unit.submitter())).body();
        assertThat(editor).contains("审核批注清单", "请说明1.1.2的依据", "绩效情况过于简略")
                .contains("data-path=\"$.scoreSheet.selfScores[&#39;1.1.2&#39;]\"");

        ObjectNode sheet = (ObjectNode) Scenes.seedFor(unit, 2017).get("scoreSheet");
        sheet.putObject("reasons").put("1.1.2", "已按年度任务细化");
        int version = jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id);
        assertThat(http.putJson("/api/evaluations/" + id + "/score-sheet?version=" + version, unit.submitter(),
                Scenes.json(sheet)).status()).isEqualTo(200);
        assertThat(http.putJson("/api/evaluations/" + id + "/annotations/" + notes.get(0).path("id").asLong(),
                unit.submitter(), "{\"done\":true}").status()).isEqualTo(200);
        Response answered = http.putJson("/api/evaluations/" + id + "/annotations/" + notes.get(1).path("id").asLong(),
                unit.submitter(), "{\"done\":true,\"answer\":\"原文已涵盖全年重点工作\"}");
        assertThat(answered.json().path("state").asString()).isEqualTo("DONE");
        assertThat(http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(),
                WholeApprovalPathOverHttpTest.acknowledge()).status()).isEqualTo(200);

        String review = http.getWithCookie("/evaluations/" + id + "/review", login(http, unit.reviewer())).body();
        assertThat(review).contains("上次退回时的批注", "原文已涵盖全年重点工作");
        assertThat(rowOf(review, "请说明1.1.2的依据")).contains("已修改");
        assertThat(rowOf(review, "绩效情况过于简略")).contains("未修改");
    }

    @Test
    void theReturnFormPinsNotesToRowsOfAttachment1AndSectionsOfAttachment3() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = Scenes.importSeed(evaluations, jdbc, Scenes.actor(directory, unit.submitter()), unit, 2016);
        approvals.submit(Scenes.actor(directory, unit.submitter()), id, Scenes.SEED_WARNINGS, null);
        String cookie = login(http, unit.reviewer());
        String page = http.getWithCookie("/evaluations/" + id + "/review", cookie).body();
        assertThat(page).contains("对附件1、附件3的批注", "附件1“三公经费”",
                "data-path=\"$.basicData.expenseControl.threePublicExpenses\"", "data-path=\"$.report.sections.performance\"");

        String form = "_csrf=" + enc(first(page, "name=\"_csrf\" value=\"([^\"]+)\""))
                + "&taskId=" + enc(first(page, "name=\"taskId\" value=\"([^\"]+)\"")) + "&comment=" + enc("请按批注修改")
                + "&notePath=" + enc("$.basicData.expenseControl.threePublicExpenses") + "&noteText=" + enc("三公经费决算数与附件3不一致")
                + "&notePath=" + enc("$.basicData.staffing.actualHeadcount") + "&noteText="
                + "&notePath=" + enc("$.report.sections.performance") + "&noteText=" + enc("请补充绩效指标完成情况");
        Response returned = http.postForm("/evaluations/" + id + "/review/return", cookie, form);
        assertThat(returned.status()).as(returned.toString()).isEqualTo(302);

        JsonNode notes = http.get("/api/evaluations/" + id + "/annotations", unit.submitter()).json();
        assertThat(notes.size()).as("a blank note is no note").isEqualTo(2);
        assertThat(notes.findValuesAsString("label")).contains("附件1“三公经费”")
                .anySatisfy(label -> assertThat(label).startsWith("附件3 ").isNotEqualTo("附件3 自评报告"));
        String editor = http.getWithCookie("/evaluations/" + id, login(http, unit.submitter())).body();
        assertThat(editor).contains("三公经费决算数与附件3不一致", "请补充绩效指标完成情况");
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aSaveAfterTheSessionExpiredSaysSoAndNotNoPermission() {
        HttpTestClient http = http();
        Response saved = http.postJsonWithCookie("/evaluations/1/parts/score-sheet", "SESSION=expired-long-ago",
                Map.of("Accept", "application/json", "X-Requested-With", "fetch", "X-CSRF-TOKEN", "from-the-old-page"),
                "{}");
        assertThat(saved.status()).isEqualTo(401);
        assertThat(saved.json().path("code").asString()).isEqualTo("SESSION_EXPIRED");
        assertThat(saved.json().path("message").asString()).contains("登录已过期").doesNotContain("权限");
        Response draft = http.postJsonWithCookie("/api/tasks/any/review-draft", "SESSION=expired-long-ago",
                Map.of("Accept", "application/json", "X-Requested-With", "fetch", "X-CSRF-TOKEN", "from-the-old-page"),
                "{}");
        assertThat(draft.status()).isEqualTo(401);
    }

    private static String rowOf(String html, String text) {
        Matcher m = Pattern.compile("<tr class=\"earlier-note\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(text)
                + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row of the earlier notes with " + text).isTrue();
        return m.group();
    }

    private static String login(HttpTestClient http, String username) {
        Response page = http.getWithCookie("/login", null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        Response login = http.postForm("/login", page.sessionCookie(),
                "username=" + username + "&password=Demo%40123456&_csrf=" + csrf.group(1));
        assertThat(login.status()).isEqualTo(302);
        return login.sessionCookie();
    }
}
