package cn.perfeval.web.evaluation;


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
 * A draft with no self-score filled in has no 自评得分 and no grade yet (not 0 and 差) in the API, the editor's head
 * and the evaluation list; once every self-score is a real 0, it shows 0 and the grade of 0.
 */
class ABlankDraftHasNoScoreYetTest extends RunningPlatformTest {

    @Test
    void noSelfScoreShowsNotYetFilledInAndRealZerosShowZero() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        ObjectNode blank = Scenes.seedFor(unit, 2020);
        ObjectNode selfScores = (ObjectNode) blank.get("scoreSheet").get("selfScores");
        selfScores.propertyNames().forEach(code -> selfScores.putNull(code));
        long id = evaluations.importDocument(Scenes.actor(directory, unit.submitter()), Scenes.json(blank)).id();

        HttpTestClient http = http();
        JsonNode view = http.get("/api/evaluations/" + id, unit.submitter()).json();
        assertThat(view.path("selfTotal").isNull()).as(view.toString()).isTrue();
        assertThat(view.path("selfGrade").isNull()).isTrue();
        String cookie = login(http, unit.submitter());
        assertThat(head(http, cookie, id)).contains("<b id=\"head-total\">—</b>").contains("<span id=\"head-grade\">未填写</span>")
                .doesNotContain("差");
        assertThat(listRow(http, cookie, id)).contains("未填写").doesNotContain(">0<").doesNotContain("差");

        selfScores.propertyNames().forEach(code -> selfScores.put(code, 0));
        Response saved = http.putJson("/api/evaluations/" + id + "/score-sheet?version=" + view.path("version").asInt(),
                unit.submitter(), Scenes.json(blank.get("scoreSheet")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(http.get("/api/evaluations/" + id, unit.submitter()).json().path("selfTotal").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(head(http, cookie, id)).contains("<b id=\"head-total\">0</b>").contains("<span id=\"head-grade\">差</span>");
        assertThat(listRow(http, cookie, id)).contains(">0<").contains(">差<").doesNotContain("未填写");
    }

    private static String head(HttpTestClient http, String cookie, long id) {
        String body = http.getWithCookie("/evaluations/" + id, cookie).body();
        return body.substring(body.indexOf("自评得分 <b id=\"head-total\">") - 5, body.indexOf("id=\"head-grade\"") + 40);
    }

    private static String listRow(HttpTestClient http, String cookie, long id) {
        String body = http.getWithCookie("/evaluations?year=2020", cookie).body();
        int start = body.indexOf("<tr class=\"row-link\" data-id=\"" + id + "\">");
        assertThat(start).as("the draft is listed").isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }

    static String login(HttpTestClient http, String user) {
        return http.logIn(user);
    }
}
