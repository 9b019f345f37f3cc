package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.support.FromAddress;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.NewUser;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.UserAccount;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, point 9 (等保 2.0 level 2): the password policy on every path that sets one, the history of five, the
 * change an administrator's password forces at the first log-in (API and pages), demo users left alone, and the
 * audit of log-ins by page and Basic, log-outs, expiries and refusals, read back on the administrators' audit page.
 */
class PasswordRulesAndAuditTest extends RunningPlatformTest {

    private static final String FIRST = "Start#Pass2024";

    @Autowired
    OrgAdministration administration;
    @Autowired
    ExpiredSessionAudit expiredSessions;

    @Test
    void weakPasswordsAreRefusedNamingTheField() {
        String username = "weak." + suffix();
        for (String weak : new String[] {"password1", "aaaaaaa1", "Short#1", "P@ssw0rd", "X#" + username + "9"}) {
            assertThatThrownBy(() -> administration.createUser(admin(), newUser(username, weak)))
                    .as(weak).isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.details())
                            .anySatisfy(d -> assertThat(d.path()).isEqualTo("password")));
        }
    }

    @Test
    void aUserAnAdministratorCreatedMustChooseTheirOwnPasswordBeforeAnythingElse() {
        String username = "fresh." + suffix();
        administration.createUser(admin(), newUser(username, FIRST));
        HttpTestClient http = http();

        Response me = http.get("/api/me", username, FIRST);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("mustChangePassword").asBoolean()).isTrue();
        Response blocked = http.get("/api/tasks", username, FIRST);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().path("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        // the pages all lead to the change page
        FromAddress browser = new FromAddress(port, "127.0.0.41");
        FromAddress.Answer login = browser.pageLogin(username, FIRST);
        String cookie = login.sessionCookie();
        assertThat(browser.send("GET", "/workbench", Map.of("Cookie", cookie), null).header("Location"))
                .endsWith("/account/password");
        FromAddress.Answer changePage = browser.send("GET", "/account/password", Map.of("Cookie", cookie), null);
        assertThat(changePage.status()).isEqualTo(200);
        assertThat(changePage.body()).contains("请先修改").contains("当前密码").contains("新密码");

        // the API change: the current password proves who it is; the same password again is refused
        Response wrongCurrent = http.postJson("/api/me/password", username, FIRST,
                "{\"currentPassword\":\"nope\",\"newPassword\":\"Other#Pass2024\"}");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().path("details").get(0).path("path").asString()).isEqualTo("currentPassword");
        Response same = http.postJson("/api/me/password", username, FIRST,
                "{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"" + FIRST + "\"}");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("details").get(0).path("message").asString()).contains("最近 5 次");

        // the page change lets the same session in at once
        String csrf = PageLogin.csrfOf(changePage.body());
        FromAddress.Answer changed = browser.send("POST", "/account/password", Map.of("Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded"), "_csrf=" + csrf
                + "&currentPassword=Start%23Pass2024&newPassword=Mine%23Pass2024&confirmPassword=Mine%23Pass2024");
        assertThat(changed.header("Location")).endsWith("/workbench");
        assertThat(browser.send("GET", "/workbench", Map.of("Cookie", cookie), null).status()).isEqualTo(200);
        assertThat(http.get("/api/tasks", username, "Mine#Pass2024").status()).isEqualTo(200);
        assertThat(http.get("/api/me", username, FIRST).status()).isEqualTo(401);

        // none of the last five comes back: four more changes, then the first is still refused, the sixth-last is not
        String current = "Mine#Pass2024";
        for (int i = 1; i <= 4; i++) {
            String next = "Next#Pass" + i + "x";
            assertThat(http.postJson("/api/me/password", username, current,
                    "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}").status()).isEqualTo(204);
            current = next;
        }
        Response reused = http.postJson("/api/me/password", username, current,
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"Mine#Pass2024\"}");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(http.postJson("/api/me/password", username, current,
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + FIRST + "\"}").status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'PASSWORD_CHANGE'",
                Integer.class, username)).isEqualTo(6);
    }

    @Test
    void anAdministratorsResetForcesAChangeAgainButDemoUsersAreNeverForced() {
        String username = "reset." + suffix();
        long id = administration.createUser(admin(), newUser(username, FIRST)).id();
        assertThat(http().postJson("/api/me/password", username, FIRST,
                "{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"Own#Pass2024\"}").status()).isEqualTo(204);
        assertThat(http().get("/api/tasks", username, "Own#Pass2024").status()).isEqualTo(200);
        administration.resetPassword(admin(), id, "Reset#Pass2024");
        assertThat(http().get("/api/tasks", username, "Reset#Pass2024").json().path("code").asString())
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
        for (String demo : new String[] {"gaoqiao.submitter", "finance.reviewer", "publisher", "admin"}) {
            assertThat(http().get("/api/tasks", demo).status()).as(demo).isEqualTo(200);
        }
    }

    @Test
    void logInsLogOutsExpiriesAndRefusalsAreAuditedAndReadOnTheAuditPage() {
        String username = "audited." + suffix();
        administration.createUser(admin(), newUser(username, FIRST));
        http().postJson("/api/me/password", username, FIRST,
                "{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"Own#Pass2024\"}");
        String password = "Own#Pass2024";
        // Basic twice: one log-in line for the pair (Basic authenticates every request)
        http().get("/api/me", username, password);
        // a refusal: a submitter on the administrators' API
        assertThat(http().get("/api/admin/audit", username, password).status()).isEqualTo(403);
        // a page log-in, a log-out, and a second session that expires
        FromAddress browser = new FromAddress(port, "127.0.0.42");
        String cookie = browser.pageLogin(username, password).sessionCookie();
        FromAddress.Answer workbench = browser.send("GET", "/workbench", Map.of("Cookie", cookie), null);
        browser.send("POST", "/logout", Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                "_csrf=" + PageLogin.csrfOf(workbench.body()));
        String expiring = browser.pageLogin(username, password).sessionCookie();
        jdbc.update("update SPRING_SESSION set EXPIRY_TIME = 0 where PRINCIPAL_NAME = ?", username);
        assertThat(expiredSessions.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(browser.send("GET", "/workbench", Map.of("Cookie", expiring), null).header("Location"))
                .contains("/login");

        Response trail = http().get("/api/admin/audit?actor=" + username + "&size=100", "admin");
        assertThat(trail.status()).isEqualTo(200);
        String actions = trail.json().path("items").toString();
        assertThat(actions).contains("\"action\":\"LOGIN\"", "\"action\":\"LOGOUT\"", "\"action\":\"SESSION_EXPIRED\"",
                "\"action\":\"ACCESS_DENIED\"", "HTTP Basic", "登录页");
        assertThat(count(username, "LOGIN", "%HTTP Basic%")).isEqualTo(1);
        assertThat(count(username, "LOGIN", "%登录页%")).isEqualTo(2);

        // filtered by action and date, paged in SQL
        Response failures = http().get("/api/admin/audit?action=ACCESS_DENIED&actor=" + username
                + "&from=2020-01-01&to=2099-12-31&page=1&size=1", "admin");
        assertThat(failures.json().path("total").asLong()).isEqualTo(1);
        assertThat(failures.json().path("items").size()).isEqualTo(1);
        Response badDate = http().get("/api/admin/audit?from=yesterday", "admin");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("details").get(0).path("path").asString()).isEqualTo("from");
        assertThat(badDate.json().path("message").asString()).contains("开始日期");

        // the page and its Excel export, for administrators only
        String adminCookie = PageLogin.as(http(), "admin");
        Response page = http().getWithCookie("/admin/audit?actor=" + username, adminCookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("会话超时").contains("退出登录").contains("拒绝访问");
        Response xlsx = http().getWithCookie("/admin/audit.xlsx?actor=" + username, adminCookie);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheet("审计日志");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("操作");
            assertThat(sheet.getLastRowNum()).isEqualTo(trail.json().path("total").asInt());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String submitterCookie = PageLogin.as(http(), "gaoqiao.submitter");
        assertThat(http().getWithCookie("/admin/audit", submitterCookie).status()).isEqualTo(403);
    }

    private int count(String username, String action, String detail) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ? and detail like ?",
                Integer.class, username, action, detail);
    }

    private Actor admin() {
        UserAccount admin = directory.findAccount("admin").orElseThrow();
        return new Actor(admin.id(), admin.username(), admin.displayName(), admin.unitId(), admin.unitType(),
                admin.roles(), "127.0.0.1");
    }

    private NewUser newUser(String username, String password) {
        long unit = directory.findUnitByCode("guitang").orElseThrow().getId();
        return new NewUser(username, "测试用户", password, unit, Set.of(Role.SUBMITTER));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
