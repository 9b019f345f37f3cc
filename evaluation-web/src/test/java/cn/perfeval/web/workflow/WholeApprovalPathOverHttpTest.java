package cn.perfeval.web.workflow;

import cn.perfeval.workflow.support.Scenes;
import static cn.perfeval.workflow.support.Scenes.assertStatusAndTaskAgree;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.org.OrgDirectory;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Submit → internal return with a comment → resubmit (round 2, diff against round 1) → internal approve → finance
 * approve with one changed score and 良 → publish; after each step the row and Flowable's open task agree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeApprovalPathOverHttpTest {

    static final String EMOJI_COMMENT = "请补充三公经费的说明😀，并核对𠀀人员数";

    @LocalServerPort
    int port;
    @Autowired
    OrgDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEvaluationWalksFromDraftToPublishedAndIntoNextYearsInput() {
        HttpTestClient http = new HttpTestClient(port);
        TestUnit unit = Scenes.newUnit(directory, encoder);

        Response campaign = http.postJson("/api/campaigns", "admin", "{\"year\":2020,\"templateCode\":\"yuhua-2020\","
                + "\"deadline\":\"" + LocalDateTime.now().plusDays(30).withNano(0) + "\",\"reminderDays\":3,"
                + "\"unitIds\":[" + unit.id() + "]}");
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);

        // the campaign gave the unit its draft: the imported document replaces its content at the version read
        JsonNode given = http.get("/api/evaluations?year=2020", unit.submitter()).json();
        int draftVersion = given.path("items").get(0).path("version").asInt();
        Response imported = http.postJson("/api/evaluations/import?version=" + draftVersion, unit.submitter(),
                Scenes.json(Scenes.seedFor(unit, 2020)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").asBoolean()).isFalse();
        long id = imported.json().path("id").asLong();
        JsonNode draft = http.get("/api/evaluations/" + id, unit.submitter()).json();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("round").asInt()).isZero();
        assertThat(draft.path("campaignId").asLong()).isEqualTo(campaign.json().path("id").asLong());
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.DRAFT);

        // the seed's two warnings must be acknowledged
        Response unacknowledged = http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(), "{}");
        assertThat(unacknowledged.status()).isEqualTo(422);
        assertThat(unacknowledged.json().path("code").asString()).isEqualTo("WARNINGS_NOT_ACKNOWLEDGED");
        assertThat(codes(unacknowledged.json().path("details"))).containsExactlyInAnyOrderElementsOf(Scenes.SEED_WARNINGS);
        assertThat(unacknowledged.json().path("details").get(0).path("severity").asString()).isEqualTo("WARNING");
        assertThat(unacknowledged.json().path("details").get(0).path("message").asString()).isNotBlank();

        Response round1 = http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(), acknowledge());
        assertThat(round1.status()).as(round1.toString()).isEqualTo(200);
        assertThat(round1.json().path("status").asString()).isEqualTo("INTERNAL_REVIEW");
        assertThat(round1.json().path("round").asInt()).isEqualTo(1);
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.INTERNAL_REVIEW);

        // the internal reviewer returns it with a comment (Chinese, a rare character and an emoji)
        String internalTask = taskOf(http, unit.reviewer(), id, "INTERNAL_REVIEW");
        assertThat(http.get("/api/notifications?unread=true", unit.reviewer()).body()).contains("待审核");
        Response returned = http.postJson("/api/tasks/" + internalTask + "/return", unit.reviewer(),
                "{\"comment\":\"" + EMOJI_COMMENT + "\"}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.RETURNED);
        assertThat(http.get("/api/notifications", unit.submitter()).body()).contains(EMOJI_COMMENT);

        // the submitter changes a cell of attachment 1, a self-score and a report section, and resubmits
        ObjectNode doc = Scenes.seedFor(unit, 2020);
        ObjectNode basicData = (ObjectNode) doc.get("basicData");
        ((ObjectNode) basicData.get("expenseControl").get("officeExpenses")).put("currentFinal", new BigDecimal("17.2"));
        int version = http.get("/api/evaluations/" + id, unit.submitter()).json().path("version").asInt();
        Response saved = http.putJson("/api/evaluations/" + id + "/basic-data?version=" + version, unit.submitter(),
                Scenes.json(basicData));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        ObjectNode scoreSheet = (ObjectNode) doc.get("scoreSheet");
        ((ObjectNode) scoreSheet.get("selfScores")).put("2.2.1", new BigDecimal("2.9"));
        Response savedScores = http.putJson("/api/evaluations/" + id + "/score-sheet?version="
                + saved.json().path("version").asInt(), unit.submitter(), Scenes.json(scoreSheet));
        assertThat(savedScores.status()).isEqualTo(200);
        ObjectNode report = (ObjectNode) doc.get("report");
        ((ObjectNode) report.get("sections").get(3)).put("text", "问题已补充说明😀");
        assertThat(http.putJson("/api/evaluations/" + id + "/report?version=" + savedScores.json().path("version").asInt(),
                unit.submitter(), Scenes.json(report)).status()).isEqualTo(200);

        Response round2 = http.postJson("/api/evaluations/" + id + "/submit", unit.submitter(), acknowledge());
        assertThat(round2.status()).as(round2.toString()).isEqualTo(200);
        assertThat(round2.json().path("round").asInt()).isEqualTo(2);
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.INTERNAL_REVIEW);
        assertThat(http.get("/api/evaluations/" + id + "/rounds", unit.reviewer()).json().size()).isEqualTo(2);

        Response diff = http.get("/api/evaluations/" + id + "/rounds/2/diff?against=1", unit.reviewer());
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        List<String> changes = new ArrayList<>();
        diff.json().path("changes").forEach(c -> changes.add(c.path("text").asString()));
        assertThat(changes).contains("附件1 · 办公经费 · 2020年决算数: 16.9 → 17.2",
                "附件2 · 2.2.1 管理制度健全性 · 自评得分: 2.8 → 2.9");
        assertThat(changes).anyMatch(c -> c.startsWith("附件3 · 四、存在的问题及原因分析: ") && c.endsWith("→ 问题已补充说明😀"));
        assertThat(changes).hasSize(3);

        // internal approval, then the bureau's review with one changed score and 良
        String internalTask2 = taskOf(http, unit.reviewer(), id, "INTERNAL_REVIEW");
        Response approved = http.postJson("/api/tasks/" + internalTask2 + "/approve", unit.reviewer(), "{\"comment\":\"同意报送\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("FINANCE_REVIEW");
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.FINANCE_REVIEW);

        String financeTask = taskOf(http, "finance.reviewer", id, "FINANCE_REVIEW");
        Response reviewed = http.postJson("/api/tasks/" + financeTask + "/approve", "finance.reviewer",
                "{\"comment\":\"评审通过\",\"reviewScores\":{\"2.2.1\":{\"score\":2.5,\"reason\":\"内控制度执行检查发现1例问题\"},"
                        + "\"1.1.1\":{\"score\":2}},\"reviewGrade\":\"良\",\"opinion\":\"自评较规范，个别指标佐证不足\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(reviewed.json().path("reviewGrade").asString()).isEqualTo("GOOD");
        assertThat(reviewed.json().path("reviewGradeLabel").asString()).isEqualTo("良");
        assertThat(reviewed.json().path("selfTotal").decimalValue()).isEqualByComparingTo("86.3");
        assertThat(reviewed.json().path("reviewTotal").decimalValue()).isEqualByComparingTo("85.9");
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.APPROVED);
        JsonNode sheet = http.get("/api/evaluations/" + id + "/score-sheet", "finance.reviewer").json();
        assertThat(sheet.path("indicators").path("2.2.1").path("reviewScore").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(sheet.path("indicators").path("2.2.1").path("selfScore").decimalValue()).isEqualByComparingTo("2.9");
        assertThat(sheet.path("indicators").path("2.2.1").path("reviewReason").asString()).contains("1例问题");

        Response published = http.postJson("/api/evaluations/" + id + "/publish", "publisher", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.PUBLISHED);

        // the public sees it; nothing of it changes any more
        Response publicView = http.get("/api/public/evaluations/" + id, null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json().path("scoreSheet").path("reviewGrade").asString()).isEqualTo("良");
        assertThat(http.putJson("/api/evaluations/" + id + "/basic-data", unit.submitter(),
                Scenes.json(basicData)).status()).isEqualTo(409);

        // the record keeps every comment intact: one line per action, newest first, the day's saves as one line
        JsonNode page = http.get("/api/evaluations/" + id + "/history", unit.submitter()).json();
        JsonNode history = page.path("items");
        assertThat(page.path("total").asInt()).isEqualTo(history.size());
        List<String> audited = new ArrayList<>();
        history.forEach(h -> {
            if (h.path("kind").asString().equals("AUDIT")) {
                audited.add(h.path("action").asString());
            }
        });
        assertThat(audited).containsSubsequence("PUBLISH", "APPROVE", "APPROVE", "SUBMIT", "SAVE", "RETURN", "SUBMIT",
                "IMPORT").doesNotContain("SCORE_CHANGE");
        assertThat(audited.stream().filter("SAVE"::equals)).hasSize(1);
        assertThat(history.toString()).contains(EMOJI_COMMENT);
        assertThat(jdbc.queryForObject("select comment_text from review_record where evaluation_id = ? and decision = 'RETURN'",
                String.class, id)).isEqualTo(EMOJI_COMMENT);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where TEXT_ like '%补充%'", Integer.class)).isZero();

        // next year: the review grade becomes input 2.2.4 of the unit's 2021 evaluation, with its source
        assertThat(http.postJson("/api/campaigns", "finance.reviewer", "{\"year\":2021,\"deadline\":\""
                + LocalDateTime.now().plusDays(60).withNano(0) + "\",\"unitIds\":[" + unit.id() + "]}").status()).isEqualTo(201);
        // the 2021 campaign gave the unit its draft; starting another is refused
        assertThat(http.postJson("/api/evaluations", unit.submitter(), "{}").status()).isEqualTo(409);
        Response nextYear = http.get("/api/evaluations?year=2021", unit.submitter());
        assertThat(nextYear.json().path("total").asLong()).as(nextYear.toString()).isEqualTo(1);
        assertThat(nextYear.json().path("items").get(0).path("year").asInt()).isEqualTo(2021);
        JsonNode indicator = http.get("/api/evaluations/" + nextYear.json().path("items").get(0).path("id").asLong() + "/score-sheet",
                unit.submitter()).json().path("indicators").path("2.2.4");
        assertThat(indicator.path("computedScore").decimalValue()).isEqualByComparingTo("3");
        assertThat(indicator.path("parts").get(0).path("explanation").asString()).contains("来源：2020年度财政局评审等级 良");

        // withdrawing the publication needs a reason and hands it back to the publisher
        assertThat(http.postJson("/api/evaluations/" + id + "/unpublish", "publisher", "{}").status()).isEqualTo(422);
        Response unpublished = http.postJson("/api/evaluations/" + id + "/unpublish", "publisher",
                "{\"reason\":\"发现附件3数据需更正\"}");
        assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(200);
        assertThat(unpublished.json().path("status").asString()).isEqualTo("APPROVED");
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.APPROVED);
        assertThat(http.get("/api/public/evaluations/" + id, null).status()).isEqualTo(404);
    }

    static String acknowledge() {
        return "{\"acknowledgedWarnings\":[\"" + String.join("\",\"", Scenes.SEED_WARNINGS) + "\"]}";
    }

    static String taskOf(HttpTestClient http, String user, long evaluationId, String step) {
        Response response = http.get("/api/tasks", user);
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode task : response.json().path("items")) {
            if (task.path("evaluationId").asLong() == evaluationId && task.path("action").asString().equals(step)) {
                assertThat(task.path("unitName").asString()).isNotBlank();
                assertThat(task.path("at").isMissingNode()).isFalse();
                return task.path("taskId").asString();
            }
        }
        throw new AssertionError("no " + step + " task for evaluation " + evaluationId + " in " + response.body());
    }

    static List<String> codes(JsonNode details) {
        List<String> codes = new ArrayList<>();
        details.forEach(d -> codes.add(d.path("code").asString()));
        return codes;
    }
}
