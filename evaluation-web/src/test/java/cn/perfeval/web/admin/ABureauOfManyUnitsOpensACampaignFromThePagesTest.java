package cn.perfeval.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.perfeval.web.support.Bureaus;
import cn.perfeval.web.support.Bureaus.Bureau;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's campaign page for a bureau of many units: a campaign for 全部下属单位 without posting an id, its
 * units a page at a time with a count, units found by a paged name search, a refused form back with what was typed
 * and the reason at its field, and the page and the search for the administrator alone.
 */
class ABureauOfManyUnitsOpensACampaignFromThePagesTest extends RunningPlatformTest {

    private static final int UNITS = 23;

    @Test
    void aCampaignForEveryUnitIsOpenedWithoutIdsAndItsUnitsArePaged() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, UNITS);
        HttpTestClient http = http();
        String cookie = login(http, bureau.admin());
        Response form = http.getWithCookie("/admin/campaigns", cookie);
        assertThat(form.body()).contains("全部下属单位（本局下启用的 " + UNITS + " 个单位）")
                .as("no wall of checkboxes").doesNotContain(bureau.unitNames().get(0));

        Response opened = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf(form) + "&year=2033&name="
                + URLEncoder.encode("全省2033年度自评", StandardCharsets.UTF_8)
                + "&templateCode=yuhua-2020&deadline=2034-03-31T17%3A30&reminderDays=3&scope=ALL");
        assertThat(opened.status()).isEqualTo(302);
        String location = opened.header("Location");
        assertThat(location).contains("/admin/campaigns?campaignId=");
        long campaign = Long.parseLong(location.replaceAll(".*campaignId=(\\d+).*", "$1"));
        assertThat(jdbc.queryForList("select unit_id from campaign_unit where campaign_id = ? order by unit_id", Long.class,
                campaign)).containsExactlyElementsOf(bureau.units());
        assertThat(jdbc.queryForObject("select count(*) from evaluation where campaign_id = ?", Integer.class, campaign))
                .isEqualTo(UNITS);

        String first = http.getWithCookie("/admin/campaigns?campaignId=" + campaign, cookie).body();
        assertThat(first).contains("的填报单位（共 " + UNITS + " 个）").contains("第 1 / 2 页，共 " + UNITS + " 条")
                .contains(bureau.unitNames().get(19)).doesNotContain(bureau.unitNames().get(20));
        String second = http.getWithCookie("/admin/campaigns?campaignId=" + campaign + "&page=2", cookie).body();
        assertThat(second).contains("第 2 / 2 页").contains(bureau.unitNames().get(22))
                .doesNotContain(bureau.unitNames().get(0) + "<");
    }

    @Test
    void unitsAreFoundByNameAPageAtATimeAndARefusedFormKeepsWhatWasTyped() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, 12);
        HttpTestClient http = http();
        String cookie = login(http, bureau.admin());

        JsonNode found = http.getWithCookie("/admin/campaigns/unit-choices?name="
                + URLEncoder.encode("测试街道办事处", StandardCharsets.UTF_8) + "&page=2", cookie).json();
        assertThat(found.path("total").asLong()).isEqualTo(12);
        assertThat(found.path("size").asInt()).isEqualTo(10);
        assertThat(found.path("items").size()).isEqualTo(2);
        assertThat(found.path("items").get(0).path("name").asString()).isEqualTo(bureau.unitNames().get(10));
        JsonNode one = http.getWithCookie("/admin/campaigns/unit-choices?name="
                + URLEncoder.encode("测试街道办事处7号", StandardCharsets.UTF_8), cookie).json();
        assertThat(one.path("total").asLong()).isEqualTo(1);

        String csrf = csrf(http.getWithCookie("/admin/campaigns", cookie));
        Response none = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf + "&year=2034&name="
                + URLEncoder.encode("只评七号", StandardCharsets.UTF_8)
                + "&templateCode=yuhua-2020&deadline=2035-03-31T17%3A30&reminderDays=4&scope=CHOSEN");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("请至少选择一个单位").contains("value=\"只评七号\"").contains("value=\"2034\"")
                .contains("value=\"4\"").containsPattern("id=\"scope-chosen\"\\s*checked");

        long seventh = bureau.units().get(6);
        Response noDeadline = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf + "&year=2034&name="
                + "&templateCode=yuhua-2020&deadline=&reminderDays=3&scope=CHOSEN&unitIds=" + seventh);
        assertThat(noDeadline.status()).isEqualTo(200);
        assertThat(noDeadline.body()).contains("请填写截止时间")
                .as("the chosen unit is shown again, by name").contains("value=\"" + seventh + "\"")
                .contains(bureau.unitNames().get(6));

        Response foreign = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf + "&year=2034&name="
                + "&templateCode=yuhua-2020&deadline=2035-03-31T17%3A30&reminderDays=3&scope=CHOSEN&unitIds=1");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.body()).contains("不存在或不属于本财政局");
        Response year = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf + "&year=abc&name="
                + "&templateCode=yuhua-2020&deadline=2035-03-31T17%3A30&reminderDays=3&scope=ALL");
        assertThat(year.status()).isEqualTo(200);
        assertThat(year.body()).contains("评价年度须为数字");
        assertThat(jdbc.queryForObject("select count(*) from campaign_unit cu join org_unit u on u.id = cu.unit_id "
                + "where u.parent_id = ?", Integer.class, bureau.id())).isZero();
    }

    @Test
    void theApiOpensForEveryUnitAndAddsTheBureausNewUnitsWithoutTheirIds() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, 3);
        HttpTestClient http = http();
        Response opened = http.postJson("/api/campaigns", bureau.admin(), "{\"year\":2037,\"templateCode\":\"yuhua-2020\","
                + "\"deadline\":\"2037-12-01T17:30:00\",\"allUnits\":true}");
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().path("unitCount").asLong()).isEqualTo(3);
        long campaign = opened.json().path("id").asLong();

        Response both = http.postJson("/api/campaigns/" + campaign + "/units", bureau.admin(),
                "{\"allUnits\":true,\"unitIds\":[" + bureau.units().get(0) + "]}");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().path("details").get(0).path("path").asString()).isEqualTo("$.unitIds");

        long later = directory.createUnit(bureau.code() + "later", "后设街道办事处" + bureau.code(), "后设街道",
                cn.perfeval.workflow.org.OrgUnitRecord.STREET_OFFICE, bureau.id()).getId();
        Response added = http.postJson("/api/campaigns/" + campaign + "/units", bureau.admin(), "{\"allUnits\":true}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("unitCount").asLong()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id = ? and campaign_id = ?",
                Integer.class, later, campaign)).isEqualTo(1);
    }

    @Test
    void onlyTheAdministratorReachesThePageAndTheSearch() {
        HttpTestClient http = http();
        for (String other : new String[] {"finance.reviewer", "gaoqiao.submitter"}) {
            String cookie = login(http, other);
            assertThat(http.getWithCookie("/admin/campaigns/unit-choices?name=x", cookie).status()).isEqualTo(403);
            assertThat(http.getWithCookie("/admin/campaigns", cookie).status()).isEqualTo(403);
        }
        assertThat(http.getWithCookie("/admin/campaigns/unit-choices?name=x", null).status()).isIn(302, 401);
    }

    private static String csrf(Response page) {
        return AdministratorManagesUsersFromThePagesTest.csrf(page.body());
    }

    private static String login(HttpTestClient http, String username) {
        return http.logIn(username);
    }
}
