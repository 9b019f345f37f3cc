package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsLiveInTheDatabaseWithSafeHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageLoginIsStoredInSpringSessionTablesAndGetsANewSessionId() {
        HttpTestClient http = new HttpTestClient(port);
        Response page = http.getWithCookie("/login", null);
        String before = page.sessionCookie();
        String after = PageLogin.as(http, "publisher");
        assertThat(after).isNotEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'publisher'",
                Integer.class)).isGreaterThanOrEqualTo(1);
        assertThat(http.getWithCookie("/workbench", after).status()).isEqualTo(200);
    }

    @Test
    void pagesCarryACspWithoutInlineScriptAndTheOtherSecurityHeaders() {
        Response page = new HttpTestClient(port).getWithCookie("/login", null);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("style-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("onclick=");
    }

    @Test
    void anUnknownPageShowsAFriendlyChinesePageAndAnUnknownApiTheOneErrorBody() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = PageLogin.as(http, "gaoqiao.submitter");
        Response page = http.getWithCookie("/no-such-page", cookie);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在").doesNotContain("Whitelabel");
        Response api = http.get("/api/no-such-thing", "gaoqiao.submitter");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(api.json().path("details").isArray()).isTrue();
    }

    @Test
    void swaggerIsForAdminsOnly() {
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.getWithCookie("/v3/api-docs", PageLogin.as(http, "gaoqiao.submitter")).status()).isEqualTo(403);
        Response docs = http.getWithCookie("/v3/api-docs", PageLogin.as(http, "admin"));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/evaluations/{id}/evidence");
    }
}
