package cn.perfeval.web.admin;

import java.util.EnumSet;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.support.Bureaus;
import cn.perfeval.web.support.Bureaus.Bureau;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a large campaign's drafts are made in the background, the board and the campaign's page say 草稿生成中 with
 * 已生成 x / y, and the submitter of a unit still waiting is told so on the workbench, never shown an error.
 */
class UnitsWhoseDraftIsBeingMadeSayWhereTheyStandTest extends RunningPlatformTest {

    @Test
    void theBoardTheCampaignPageAndTheWorkbenchSayTheDraftIsBeingMade() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, 2);
        long waiting = bureau.units().get(1);
        String submitter = bureau.code() + ".waiting";
        directory.createUser(submitter, "测试填报员", encoder.encode(Scenes.DEMO_PASSWORD), waiting, EnumSet.of(Role.SUBMITTER));
        HttpTestClient http = http();
        Response opened = http.postJson("/api/campaigns", bureau.admin(), "{\"year\":2036,\"templateCode\":\"yuhua-2020\","
                + "\"deadline\":\"2036-12-01T17:30:00\",\"unitIds\":[" + bureau.units().get(0) + "]}");
        assertThat(opened.status()).isEqualTo(201);
        long campaign = opened.json().path("id").asLong();
        // the second unit as a large campaign leaves it: in the campaign, its draft not made yet
        jdbc.update("insert into campaign_unit (campaign_id, unit_id, overdue, draft_pending) values (?, ?, false, true)",
                campaign, waiting);

        String admin = http.logIn(bureau.admin());
        String board = http.getWithCookie("/board?campaignId=" + campaign, admin).body();
        assertThat(board).contains("草稿生成中：已生成 1 / 2 个单位的草稿").contains("st-PREPARING\">草稿生成中");
        assertThat(http.getWithCookie("/admin/campaigns?campaignId=" + campaign, admin).body())
                .contains("已生成 1 / 2 个单位的草稿");
        Response api = http.get("/api/campaigns/" + campaign + "/board", bureau.admin());
        assertThat(api.json().path("draftsPending").asLong()).isEqualTo(1);
        assertThat(api.json().path("counts").path("PREPARING").asLong()).isEqualTo(1);

        Response workbench = http.getWithCookie("/workbench", http.logIn(submitter));
        assertThat(workbench.status()).isEqualTo(200);
        assertThat(workbench.body()).contains("本单位的填报草稿正在生成，请稍后刷新页面").doesNotContain("start-draft");

        assertThat(http.postJson("/api/campaigns/" + campaign + "/close", bureau.admin(), "{}").status()).isEqualTo(200);
        assertThat(http.getWithCookie("/board?campaignId=" + campaign, admin).body()).contains("任务已关闭，重新开放后继续生成");

        jdbc.update("update campaign_unit set draft_pending = false where campaign_id = ? and unit_id = ?", campaign, waiting);
        assertThat(http.getWithCookie("/board?campaignId=" + campaign, admin).body()).doesNotContain("草稿生成中：");
    }
}
