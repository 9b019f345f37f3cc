package cn.perfeval.web.workflow;

import cn.perfeval.workflow.support.Scenes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The campaign and notice endpoints as a client calls them: open (201), board, remind, and the notices read one by one
 * or all at once. The rules behind them are proven in the workflow module (CampaignBoardRemindersAndDeadlinesTest).
 */
class CampaignsAndNoticesOverHttpTest extends RunningPlatformTest {

    @Test
    void aCampaignIsOpenedRemindedAndItsNoticesRead() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        LocalDateTime deadline = LocalDateTime.now(PersistenceConfiguration.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        Response opened = http.postJson("/api/campaigns", "finance.reviewer", "{\"year\":2020,\"name\":\"2020年度接口测试任务\","
                + "\"templateCode\":\"yuhua-2020\",\"deadline\":\"" + deadline + "\",\"reminderDays\":3,\"unitIds\":["
                + unit.id() + "]}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long campaign = opened.json().path("id").asLong();
        assertThat(http.get("/api/campaigns", unit.submitter()).body()).contains("2020年度接口测试任务");

        Response board = http.get("/api/campaigns/" + campaign + "/board", "admin");
        assertThat(board.status()).isEqualTo(200);
        // opening the campaign gave the unit its draft
        assertThat(board.json().path("items").get(0).path("stage").asString()).isEqualTo("DRAFT");
        assertThat(http.get("/api/campaigns/" + campaign + "/board", unit.submitter()).status()).isEqualTo(403);

        Response reminded = http.postJson("/api/campaigns/" + campaign + "/remind", "finance.reviewer", "{}");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.json().path("units").asInt()).isEqualTo(1);
        assertThat(reminded.json().has("unitIds")).as("a count, not a list that grows with the campaign").isFalse();

        JsonNode mine = http.get("/api/notifications?unread=true", unit.submitter()).json().path("items");
        assertThat(mine.toString()).contains("催报", "新的评价任务");
        long first = mine.get(0).path("id").asLong();
        assertThat(http.postJson("/api/notifications/" + first + "/read", unit.submitter(), null).status()).isEqualTo(204);
        assertThat(http.postJson("/api/notifications/" + first + "/read", "guitang.submitter", null).status()).isEqualTo(404);
        assertThat(http.postJson("/api/notifications/read-all", unit.submitter(), null).status()).isEqualTo(200);
        assertThat(http.get("/api/notifications?unread=true", unit.submitter()).json().path("total").asLong()).isZero();
    }
}
