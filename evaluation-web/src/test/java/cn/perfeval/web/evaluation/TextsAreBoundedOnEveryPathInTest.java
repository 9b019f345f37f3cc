package cn.perfeval.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The domain's limits hold on every way in, named as the page names the field: a 100,000-character section, a
 * campaign name, a return comment; the longest text the limits allow (a 20,000-character section) is stored and
 * renders in every format through HTTP.
 */
class TextsAreBoundedOnEveryPathInTest extends RunningPlatformTest {

    @Test
    void aSectionPastItsLimitIsRefusedWithItsNameAndTheLongestAllowedRendersEverywhere() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = evaluations.importDocument(Scenes.actor(directory, unit.submitter()),
                Scenes.json(Scenes.seedFor(unit, 2020))).id();
        ObjectNode report = (ObjectNode) Scenes.seedFor(unit, 2020).get("report");

        ((ObjectNode) report.get("sections").get(2)).put("text", "绩".repeat(100_000));
        Response refused = http.putJson("/api/evaluations/" + id + "/report?version=" + version(http, unit, id),
                unit.submitter(), Scenes.json(report));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("details").toString()).contains("超过20000字").contains("当前100000字")
                .contains("sections");

        ((ObjectNode) report.get("sections").get(2)).put("text", "绩效".repeat(10_000));
        Response saved = http.putJson("/api/evaluations/" + id + "/report?version=" + version(http, unit, id),
                unit.submitter(), Scenes.json(report));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        for (String file : new String[] {"report.html", "report.pdf", "report.docx", "attachments.xlsx"}) {
            Response rendered = http.get("/api/evaluations/" + id + "/" + file, unit.submitter());
            assertThat(rendered.status()).as(file + " with a 20,000-character section").isEqualTo(200);
        }
    }

    @Test
    void aCampaignNamePastItsLimitAndNullUnitsAreRefusedWithTheirFields() {
        String admin = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN));
        Response refused = http().postJson("/api/campaigns", admin, "{\"year\":2099,\"name\":\"" + "名".repeat(100_000)
                + "\",\"templateCode\":\"yuhua-2020\",\"deadline\":\"2099-12-31T17:00:00\",\"unitIds\":[null,3]}");
        assertThat(refused.status()).as(refused.toString()).isIn(400, 422);
        assertThat(refused.body()).contains("评价任务名称超过200字").contains("$.unitIds[0]");
    }

    private int version(HttpTestClient http, TestUnit unit, long id) {
        return http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
    }
}
