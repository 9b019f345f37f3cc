package cn.perfeval.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.OrgDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoUsersLogInTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient http() {
        return new HttpTestClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaoqiao.submitter", "gaoqiao.reviewer", "guitang.submitter", "guitang.reviewer",
            "finance.reviewer", "publisher", "admin"})
    void everyDemoUserLogsInToTheApi(String username) {
        Response me = http().get("/api/me", username);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaoqiao.submitter", "finance.reviewer", "admin"})
    void everyDemoUserLogsInThroughTheLoginPage(String username) {
        Response page = http().getWithCookie("/login", null);
        String cookie = page.sessionCookie();
        Response login = http().postForm("/login", cookie,
                "username=" + username + "&password=Demo%40123456&_csrf=" + csrfOf(page.body()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/workbench");
        Response workbench = http().getWithCookie("/workbench", login.sessionCookie());
        assertThat(workbench.status()).isEqualTo(200);
        assertThat(workbench.body()).contains("工作台");
    }

    @Test
    void aWrongPasswordGets401WithAChineseMessageOnTheApi() {
        Response me = http().get("/api/me", "gaoqiao.submitter", "not-the-password");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(me.json().path("message").asString()).contains("密码");
    }

    @Test
    void noCredentialsGets401NotARedirectOnTheApi() {
        Response me = http().get("/api/me", null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().path("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aWrongPasswordOnTheLoginPageShowsAClearError() {
        Response page = http().getWithCookie("/login", null);
        Response login = http().postForm("/login", page.sessionCookie(),
                "username=guitang.submitter&password=wrong&_csrf=" + csrfOf(page.body()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/login?error");
        Response errorPage = http().getWithCookie("/login?error", page.sessionCookie());
        assertThat(errorPage.body()).contains("用户名或密码错误");
    }

    @Test
    void actuatorBeyondHealthIsForAdminsOnly() {
        assertThat(http().getWithCookie("/actuator/info", null).status()).isIn(302, 401);
        Response page = http().getWithCookie("/login", null);
        Response login = http().postForm("/login", page.sessionCookie(),
                "username=gaoqiao.submitter&password=Demo%40123456&_csrf=" + csrfOf(page.body()));
        assertThat(http().getWithCookie("/actuator/info", login.sessionCookie()).status()).isEqualTo(403);
        Response adminPage = http().getWithCookie("/login", null);
        Response adminLogin = http().postForm("/login", adminPage.sessionCookie(),
                "username=admin&password=Demo%40123456&_csrf=" + csrfOf(adminPage.body()));
        assertThat(http().getWithCookie("/actuator/info", adminLogin.sessionCookie()).status()).isEqualTo(200);
    }

    static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
