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
        Response page = http.getWithCookie("/admin/campaigns", login(http));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2020年度部门整体支出绩效自评").contains("yuhua-2020").contains("高桥街道办事处")
                .contains("查看填报进度").contains("发起评价任务");
    }

    @Test
    void aCampaignWithoutUnitsOrDeadlineComesBackWithTheReasonsAndWhatWasTyped() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http);
        String csrf = AdministratorManagesUsersFromThePagesTest.csrf(http.getWithCookie("/admin/campaigns", cookie).body());
        Response refused = http.postForm("/admin/campaigns", cookie, "_csrf=" + csrf
                + "&year=2031&name=&templateCode=yuhua-2020&deadline=&reminderDays=3");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写截止时间").contains("请选择需要填报的单位").contains("value=\"2031\"");
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
        assertThat(opened.header("Location")).endsWith("/admin/campaigns");
        assertThat(jdbc.queryForObject("select count(*) from campaign c join campaign_unit u on u.campaign_id = c.id "
                + "where u.unit_id = ? and c.campaign_year = 2032 and c.reminder_days = 5", Integer.class, office.getId()))
                .isEqualTo(1);
        assertThat(http.getWithCookie("/admin/campaigns", cookie).body()).contains("2032年度测试评价任务" + code)
                .contains("2033-03-31 17:30");
    }

    private String login(HttpTestClient http) {
        Response page = http.getWithCookie("/login", null);
        return http.postForm("/login", page.sessionCookie(),
                "username=admin&password=Demo%40123456&_csrf=" + AdministratorManagesUsersFromThePagesTest.csrf(page.body()))
                .sessionCookie();
    }
}
