package cn.perfeval.web.evaluation;

import cn.perfeval.workflow.support.Scenes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.perfeval.domain.common.Json;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.org.OrgDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The seed imported over HTTP scores, checks and exports to the golden values; bad documents give 400 with paths. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationImportExportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient http;
    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        http = new HttpTestClient(port);
        unit = Scenes.newUnit(directory, encoder);
    }

    @Test
    void theSeedImportsAndScoresToTheGoldenValues() {
        Response imported = http.postJson("/api/evaluations/import", unit.submitter(),
                Scenes.json(Scenes.seedFor(unit, 2020)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long id = imported.json().path("id").asLong();

        JsonNode sheet = http.get("/api/evaluations/" + id + "/score-sheet", unit.submitter()).json();
        assertThat(sheet.path("total").decimalValue()).isEqualByComparingTo("86.2");
        assertThat(sheet.path("grade").asString()).isEqualTo("良");
        assertThat(sheet.path("totals").path("1").decimalValue()).isEqualByComparingTo("9");
        assertThat(sheet.path("totals").path("2").decimalValue()).isEqualByComparingTo("33.2");
        assertThat(sheet.path("totals").path("3").decimalValue()).isEqualByComparingTo("23");
        assertThat(sheet.path("totals").path("4").decimalValue()).isEqualByComparingTo("21");
        JsonNode staff = sheet.path("indicators").path("1.2.1");
        assertThat(staff.path("computedScore").isNull()).isTrue();
        assertThat(staff.path("selfScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(staff.path("parts").get(0).path("label").asString()).isEqualTo("①");
        assertThat(staff.path("parts").get(0).path("computedScore").decimalValue()).isEqualByComparingTo("2");
        assertThat(staff.path("parts").get(0).path("explanation").asString()).isNotBlank();
        assertThat(sheet.path("indicators").path("2.1.2").path("computedScore").decimalValue()).isEqualByComparingTo("0");
        assertThat(sheet.path("indicators").path("2.1.4").path("computedScore").decimalValue()).isEqualByComparingTo("2");

        JsonNode checks = http.get("/api/evaluations/" + id + "/checks", unit.submitter()).json();
        assertThat(checks.size()).isEqualTo(2);
        List<String> codes = new ArrayList<>();
        checks.forEach(c -> {
            assertThat(c.path("severity").asString()).isEqualTo("WARNING");
            assertThat(c.path("message").asString()).isNotBlank();
            codes.add(c.path("code").asString());
        });
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Scenes.SEED_WARNINGS);

        Response export = http.get("/api/evaluations/" + id + "/export", unit.submitter());
        assertThat(export.status()).isEqualTo(200);
        JsonNode exported = Json.MAPPER.readTree(export.body());
        ObjectNode seed = Scenes.seedFor(unit, 2020);
        assertThat(exported.path("unit").path("name").asString()).isEqualTo(unit.name());
        assertThat(exported.path("year").asInt()).isEqualTo(2020);
        assertThat(exported.path("templateCode").asString()).isEqualTo("yuhua-2020");
        assertThat(exported.path("basicData").path("expenseControl").path("budgetAdjustment").path("currentFinal")
                .decimalValue()).isEqualByComparingTo("7270.51");
        assertThat(exported.path("scoreSheet").path("selfScores").size())
                .isEqualTo(seed.path("scoreSheet").path("selfScores").size());
        assertThat(exported.path("report").path("sections").size()).isEqualTo(seed.path("report").path("sections").size());
        assertThat(exported.has("expected")).isFalse();

        // the export imports again as a new version of the same draft, given the version it was read at
        Response unversioned = http.postJson("/api/evaluations/import", unit.submitter(), export.body());
        assertThat(unversioned.status()).as(unversioned.toString()).isEqualTo(428);
        int read = http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
        Response stale = http.postJson("/api/evaluations/import?version=" + (read - 1), unit.submitter(), export.body());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Response again = http.postJson("/api/evaluations/import?version=" + read, unit.submitter(), export.body());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where evaluation_id = ? and action = 'IMPORT'",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void aBadDocumentGets400WithEveryProblemsPathAndStoresNothing() {
        ObjectNode doc = Scenes.seedFor(unit, 2020);
        ((ObjectNode) doc.get("scoreSheet").get("selfScores")).put("1.1.1", 5);
        ((ObjectNode) doc.get("basicData").get("expenseControl")).putObject("noSuchRow").put("currentFinal", 1);
        ((ObjectNode) doc.get("basicData").get("staffing")).put("actualHeadcount", "四十三");
        Response bad = http.postJson("/api/evaluations/import", unit.submitter(), Scenes.json(doc));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().path("code").asString()).isEqualTo("INVALID_DOCUMENT");
        List<String> paths = new ArrayList<>();
        bad.json().path("details").forEach(d -> {
            paths.add(d.path("path").asString());
            assertThat(d.path("message").asString()).matches(".*[\\u4e00-\\u9fa5].*");
        });
        assertThat(paths).contains("$.scoreSheet.selfScores['1.1.1']", "$.basicData.expenseControl.noSuchRow",
                "$.basicData.staffing.actualHeadcount");
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id = ?", Integer.class, unit.id())).isZero();

        Response notJson = http.postJson("/api/evaluations/import", unit.submitter(), "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("details").get(0).path("path").asString()).isEqualTo("$");

        Response otherUnit = http.postJson("/api/evaluations/import", unit.submitter(), Scenes.seedText());
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.json().path("code").asString()).isEqualTo("UNIT_MISMATCH");
        assertThat(otherUnit.json().path("details").get(0).path("path").asString()).isEqualTo("$.unit.name");
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id = ?", Integer.class, unit.id())).isZero();
    }

    @Test
    void savingAnAttachmentValidatesItAgainstTheTemplate() {
        long id = http.postJson("/api/evaluations/import", unit.submitter(),
                Scenes.json(Scenes.seedFor(unit, 2020))).json().path("id").asLong();
        Response unversioned = http.putJson("/api/evaluations/" + id + "/score-sheet", unit.submitter(),
                "{\"selfScores\":{\"1.1.1\":1.5}}");
        assertThat(unversioned.status()).isEqualTo(428);
        assertThat(unversioned.json().path("code").asString()).isEqualTo("VERSION_REQUIRED");
        int version = http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
        Response bad = http.putJson("/api/evaluations/" + id + "/score-sheet?version=" + version, unit.submitter(),
                "{\"selfScores\":{\"9.9.9\":1}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("details").get(0).path("path").asString()).isEqualTo("$.scoreSheet.selfScores['9.9.9']");
        Response ok = http.putJson("/api/evaluations/" + id + "/score-sheet?version=" + version, unit.submitter(),
                "{\"selfScores\":{\"1.1.1\":1.5}}");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().path("selfTotal").decimalValue()).isEqualByComparingTo("1.5");
    }
}
