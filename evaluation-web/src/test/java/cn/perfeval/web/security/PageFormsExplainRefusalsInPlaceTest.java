package cn.perfeval.web.security;

import cn.perfeval.workflow.support.Scenes;
import static cn.perfeval.workflow.support.Scenes.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;

/** Refusals on the pages come back where the person is working: JSON to the editor, a message on the form. */
class PageFormsExplainRefusalsInPlaceTest extends RunningPlatformTest {

    @Test
    void aStaleSaveFromTheEditorGetsTheConflictAsJsonNotAnErrorPage() {
        HttpTestClient http = new HttpTestClient(port);
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = evaluations.importDocument(actor(directory, unit.submitter()),
                Scenes.json(Scenes.seedFor(unit, 2020))).id();
        String cookie = PageLogin.as(http, unit.submitter());
        String token = metaCsrf(http.getWithCookie("/evaluations/" + id, cookie).body());

        Response stale = http.postJsonWithCookie("/evaluations/" + id + "/parts/report", cookie, Map.of(
                "X-CSRF-TOKEN", token, "Accept", "application/json", "X-Requested-With", "fetch",
                "X-Evaluation-Version", "9999"), "{}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/json");
        assertThat(stale.json().path("code").asString()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(stale.json().path("message").asString()).contains("请刷新后再保存");
    }

    @Test
    void aReturnWithoutACommentStaysOnTheReviewPageWithAMessage() {
        HttpTestClient http = new HttpTestClient(port);
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = WorkflowTestSupport.submitted(evaluations, approvals, directory, jdbc, unit, 2020);
        String taskId = Scenes.openTask(tasks, jdbc, id).getId();
        String cookie = PageLogin.as(http, unit.reviewer());
        String form = http.getWithCookie("/evaluations/" + id + "/review", cookie).body();

        Response refused = http.postForm("/evaluations/" + id + "/review/return", cookie,
                "taskId=" + taskId + "&comment=&_csrf=" + PageLogin.csrfOf(form));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/evaluations/" + id + "/review");
        assertThat(http.getWithCookie("/evaluations/" + id + "/review", cookie).body()).contains("未退回");
        assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id))
                .isEqualTo("INTERNAL_REVIEW");
    }

    private static String metaCsrf(String html) {
        Matcher matcher = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the page carries its CSRF token for scripts").isTrue();
        return matcher.group(1);
    }
}
