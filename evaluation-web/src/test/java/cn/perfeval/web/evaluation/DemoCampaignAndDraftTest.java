package cn.perfeval.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo: the 2020 campaign for both offices, not yet due, and 高桥's 2020 draft from the seed. Read only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoCampaignAndDraftTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoHasTheCampaignAndGaoqiaosDraft() {
        HttpTestClient http = new HttpTestClient(port);
        JsonNode campaigns = http.get("/api/campaigns", "gaoqiao.submitter").json().path("items");
        JsonNode demo = null;
        for (JsonNode c : campaigns) {
            if (c.path("year").asInt() == 2020 && c.path("name").asString().equals("2020年度部门整体支出绩效自评")) {
                demo = c;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(LocalDateTime.parse(demo.path("deadline").asString()))
                .isAfter(LocalDateTime.now(PersistenceConfiguration.ZONE));
        JsonNode board = http.get("/api/campaigns/" + demo.path("id").asLong() + "/board", "admin").json();
        assertThat(board.path("items").toString()).contains("长沙市雨花区高桥街道办事处", "长沙市雨花区圭塘街道办事处");

        JsonNode mine = http.get("/api/evaluations?year=2020", "gaoqiao.submitter").json().path("items");
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).path("unitName").asString()).isEqualTo("长沙市雨花区高桥街道办事处");
        long id = mine.get(0).path("id").asLong();
        JsonNode draft = http.get("/api/evaluations/" + id, "gaoqiao.submitter").json();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("campaignId").asLong()).isEqualTo(demo.path("id").asLong());
        assertThat(http.get("/api/evaluations/" + id + "/score-sheet", "gaoqiao.submitter").json().path("total")
                .decimalValue()).isEqualByComparingTo("86.2");
        assertThat(http.get("/api/evaluations?year=2020", "guitang.submitter").body()).doesNotContain("高桥");
    }
}
