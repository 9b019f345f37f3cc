package cn.perfeval.web.admin;

import static org.assertj.core.api.Assertions.assertThat;


import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministratorManagesUsersFromThePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    String login(HttpTestClient http, String user) {
        return http.logIn(user);
    }

    static String csrf(String html) {
        return HttpTestClient.csrf(html);
    }

    @Test
    void aBadNewUserShowsMessagesBesideTheFieldsAndKeepsWhatWasTyped() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http, "admin");
        Response page = http.getWithCookie("/admin/users", cookie);
        assertThat(page.status()).isEqualTo(200);
        Response bad = http.postForm("/admin/users", cookie, "_csrf=" + csrf(page.body())
                + "&username=Bad%20Name&displayName=%E5%BC%A0%E4%B8%89&password=short");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("用户名须为").contains("密码须为").contains("请选择所属单位").contains("请至少选择一个角色")
                .contains("value=\"Bad Name\"").contains("value=\"张三\"");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenLogIn() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http, "admin");
        Response page = http.getWithCookie("/admin/users", cookie);
        long unit = jdbc.queryForObject("select id from org_unit where code = 'guitang'", Long.class);
        Response created = http.postForm("/admin/users", cookie, "_csrf=" + csrf(page.body())
                + "&username=guitang.clerk2&displayName=%E6%96%B0%E5%A1%AB%E6%8A%A5%E5%91%98&password=Clerk%4012345"
                + "&unitId=" + unit + "&roles=SUBMITTER");
        assertThat(created.status()).isEqualTo(302);
        assertThat(new HttpTestClient(port).get("/api/me", "guitang.clerk2", "Clerk@12345").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ADMIN_CHANGE' and detail like '%guitang.clerk2%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void theUserListIsFoundByNameAPageAtATimeAndTheUnitSearchOffersTheBureau() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http, "admin");
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(http.getWithCookie("/admin/users?q=gaoqiao", cookie).body());
        assertThat(list.select("#users tbody tr[data-username]").eachAttr("data-username"))
                .isNotEmpty().allSatisfy(name -> assertThat(name).contains("gaoqiao"));
        assertThat(list.select("#user-filters input[name=q]").val()).isEqualTo("gaoqiao");
        assertThat(list.select(".pager-status").text()).startsWith("第 1 / 1 页");
        assertThat(list.select("#users form.role-form input[name=q]").val()).as("an action returns to this list").isEqualTo("gaoqiao");
        assertThat(list.select("#f-unitId select")).as("no list of every unit in the form").isEmpty();

        long bureau = jdbc.queryForObject("select parent_id from org_unit where code = 'gaoqiao'", Long.class);
        String bureauName = jdbc.queryForObject("select name from org_unit where id = ?", String.class, bureau);
        Response choices = http.getWithCookie("/admin/users/unit-choices?name="
                + java.net.URLEncoder.encode(bureauName, java.nio.charset.StandardCharsets.UTF_8), cookie);
        assertThat(choices.status()).isEqualTo(200);
        java.util.List<Long> offered = new java.util.ArrayList<>();
        choices.json().path("items").forEach(item -> offered.add(item.path("id").asLong()));
        assertThat(offered).as("the bureau's own reviewers belong to it").contains(bureau);
        assertThat(choices.json().path("size").asInt()).isEqualTo(10);

        Response units = http.getWithCookie("/admin/units?q=gaoqiao", cookie);
        assertThat(org.jsoup.Jsoup.parse(units.body()).select("#units tbody tr[id^=unit-]")).hasSize(1);
    }

    @Test
    void aSubmitterCannotReachTheAdministrationPages() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http, "gaoqiao.submitter");
        for (String url : new String[] {"/admin/users", "/admin/units", "/admin/templates", "/admin/templates/yuhua-2020"}) {
            Response r = http.getWithCookie(url, cookie);
            assertThat(r.status()).as(url).isEqualTo(403);
            assertThat(r.body()).contains("没有权限");
        }
    }

    @Test
    void theBuiltInTemplateIsListedAndViewedAsATree() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = login(http, "admin");
        assertThat(http.getWithCookie("/admin/templates", cookie).body()).contains("yuhua-2020");
        Response tree = http.getWithCookie("/admin/templates/yuhua-2020", cookie);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body()).contains("投入").contains("绩效目标合理性");
    }
}
