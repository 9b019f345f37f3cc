package cn.perfeval.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.workflow.demo.DemoDataInitializer;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministratorOpensACampaignFromThePagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgDirectory directory;

    @Test
    void theDemoCampaignIsListedWithItsTemplateDeadlineAndUnits() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http);
        Response page = http.getWithCookie("/admin/campaigns", cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2020年度部门整体支出绩效自评").contains("yuhua-2020").contains("个单位")
                .contains("查看填报进度").contains("发起评价任务").contains("全部下属单位").contains("单位名称搜索");
        long demo = jdbc.queryForObject("select min(id) from campaign where name = '2020年度部门整体支出绩效自评'", Long.class);
        assertThat(http.getWithCookie("/admin/campaigns?campaignId=" + demo, cookie).body())
                .contains("的填报单位（共").contains("高桥街道办事处");
    }

    @Test
    void aCampaignWithoutUnitsOrDeadlineComesBackWithTheReasonsAndWhatWasTyped() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http);
        String csrf = AdministratorManagesUsersFromThePagesTest.csrf(http.getWithCookie("/admin/campaigns", cookie).body());
        Response refused = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf
                + "&year=2031&name=&templateCode=yuhua-2020&deadline=&reminderDays=3&scope=CHOSEN");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写截止时间").contains("请至少选择一个单位").contains("value=\"2031\"");
    }

    @Test
    void anAdministratorOpensACampaignForANewOfficeAndItsSubmitterIsTold() {
        String code = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrgUnitRecord bureau = directory.findUnitByCode(DemoDataInitializer.BUREAU_CODE).orElseThrow();
        OrgUnitRecord office = directory.createUnit(code, "长沙市雨花区任务测试街道办事处" + code, "任务测试街道",
                OrgUnitRecord.STREET_OFFICE, bureau.getId());
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http);
        String csrf = AdministratorManagesUsersFromThePagesTest.csrf(http.getWithCookie("/admin/campaigns", cookie).body());
        Response opened = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf + "&year=2032&name="
                + URLEncoder.encode("2032年度测试评价任务" + code, StandardCharsets.UTF_8)
                + "&templateCode=yuhua-2020&deadline=2033-03-31T17%3A30&reminderDays=5&unitIds=" + office.getId());
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).contains("/admin/campaigns?campaignId=");
        assertThat(jdbc.queryForObject("select count(*) from campaign c join campaign_unit u on u.campaign_id = c.id "
                + "where u.unit_id = ? and c.campaign_year = 2032 and c.reminder_days = 5", Integer.class, office.getId()))
                .isEqualTo(1);
        assertThat(http.getWithCookie("/admin/campaigns", cookie).body()).contains("2032年度测试评价任务" + code)
                .contains("2033-03-31 17:30");
    }

    private String login(HttpTestClient http) {
        return http.logIn("admin");
    }
}
