package cn.perfeval.web.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.Passwords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens: created with the password (answered once, kept hashed), used as {@code Bearer}, their last use
 * recorded, listed and revoked by their owner only, refused once revoked or once the owner is disabled.
 */
class ApiTokensOverHttpTest extends RunningPlatformTest {

    @Autowired
    OrgAdministration administration;
    @Autowired
    Passwords passwords;

    @Test
    void aTokenStandsForItsOwnerUntilRevokedOrTheOwnerIsDisabled() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);

        assertThat(http.postJson("/api/tokens", unit.submitter(), "{\"name\":\"  \"}").body()).contains("令牌名称不能为空");
        Response created = http.postJson("/api/tokens", unit.submitter(), "{\"name\":\"报送程序\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().path("token").asString();
        long id = created.json().path("id").asLong();
        assertThat(token).startsWith("pe_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR token_hint = ?", Long.class,
                token, token)).as("the token itself is not stored").isZero();
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", java.sql.Timestamp.class, id)).isNull();

        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        Response mine = http.exchange("GET", "/api/evaluations", bearer, null);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("items").isArray()).isTrue();
        assertThat(mine.header("Set-Cookie")).as("a token makes no session").isNull();
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", java.sql.Timestamp.class, id))
                .as("the last use is recorded").isNotNull();
        JsonNode listed = http.get("/api/tokens", unit.submitter()).json();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("name").asString()).isEqualTo("报送程序");
        assertThat(listed.toString()).doesNotContain(token);

        // a token cannot make tokens; another person cannot see or revoke it; a wrong token is refused in Chinese
        assertThat(http.exchange("POST", "/api/tokens", bearer, "{\"name\":\"再来一个\"}").status()).isEqualTo(403);
        assertThat(http.get("/api/tokens", unit.reviewer()).json().path("total").asLong()).isZero();
        assertThat(http.exchange("DELETE", "/api/tokens/" + id, Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((unit.reviewer() + ":" + Scenes.DEMO_PASSWORD).getBytes())),
                null).status()).isEqualTo(404);
        Response wrong = http.exchange("GET", "/api/evaluations", Map.of("Authorization", "Bearer pe_nottherightone"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("code").asString()).isEqualTo("TOKEN_INVALID");
        assertThat(wrong.json().path("message").asString()).contains("令牌无效");

        // the owner disabled by the administrator: refused at the next request; enabled again: accepted
        long owner = Scenes.actor(directory, unit.submitter()).userId();
        Actor admin = Scenes.actor(directory, "admin");
        administration.setEnabled(admin, owner, false);
        assertThat(http.exchange("GET", "/api/evaluations", bearer, null).status()).isEqualTo(401);
        administration.setEnabled(admin, owner, true);
        assertThat(http.exchange("GET", "/api/evaluations", bearer, null).status()).isEqualTo(200);

        // an administrator set the password (a suspected leak): the token waits, like the session, for the owner's own
        administration.resetPassword(admin, owner, "Reset@2026abc");
        Response mustChange = http.exchange("GET", "/api/evaluations", bearer, null);
        assertThat(mustChange.status()).isEqualTo(403);
        assertThat(mustChange.json().path("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        passwords.changeOwn(Scenes.actor(directory, unit.submitter()), "Reset@2026abc", "Mine@2026xyz");
        assertThat(http.exchange("GET", "/api/evaluations", bearer, null).status()).isEqualTo(200);

        // revoked: refused from then on
        assertThat(http.exchange("DELETE", "/api/tokens/" + id, bearer, null).status()).isEqualTo(204);
        assertThat(http.exchange("GET", "/api/evaluations", bearer, null).status()).isEqualTo(401);
        Map<String, String> newPassword = Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (unit.submitter() + ":Mine@2026xyz").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(http.exchange("GET", "/api/tokens", newPassword, null).json().path("items").get(0).path("active")
                .asBoolean()).isFalse();
    }

    @Test
    void thePageCreatesShowsOnceListsAndRevokes() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        Response login = http.getWithCookie("/login", null);
        String cookie = http.postForm("/login", login.sessionCookie(), "username=" + unit.submitter()
                + "&password=Demo%40123456&_csrf=" + csrf(login.body())).sessionCookie();
        Response page = http.getWithCookie("/account/tokens", cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("尚无令牌");
        String form = "_csrf=" + csrf(page.body()) + "&once=" + once(page.body()) + "&name=%E5%B9%B3%E5%8F%B0";
        Response created = http.postForm("/account/tokens", cookie, form);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).contains("no-store");
        Matcher token = Pattern.compile("id=\"token-value\">(pe_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();
        // F5 on the answer posts the form again: no second live token, and the reason is said
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Long.class);
        Response refreshed = http.postForm("/account/tokens", cookie, form);
        assertThat(refreshed.body()).contains("刷新页面不会再创建").doesNotContain("id=\"token-value\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Long.class)).isEqualTo(before);
        assertThat(http.exchange("GET", "/api/notifications", Map.of("Authorization", "Bearer " + token.group(1)), null)
                .status()).isEqualTo(200);
        Response again = http.getWithCookie("/account/tokens", cookie);
        assertThat(again.body()).contains("平台").doesNotContain(token.group(1));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM api_token", Long.class);
        Response revoked = http.postForm("/account/tokens/" + id + "/revoke", cookie, "_csrf=" + csrf(again.body()));
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(http.exchange("GET", "/api/notifications", Map.of("Authorization", "Bearer " + token.group(1)), null)
                .status()).isEqualTo(401);

        // the administrator reads both on the audit page, in Chinese, with the token's name but never the token
        Response adminLogin = http.getWithCookie("/login", null);
        String admin = http.postForm("/login", adminLogin.sessionCookie(), "username=admin&password=Demo%40123456&_csrf="
                + csrf(adminLogin.body())).sessionCookie();
        Response trail = http.getWithCookie("/admin/audit?actor=" + unit.submitter(), admin);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("创建接口令牌").contains("撤销接口令牌").contains("令牌「平台」")
                .doesNotContain(token.group(1));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String once(String html) {
        Matcher m = Pattern.compile("name=\"once\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form's one-time mark").isTrue();
        return m.group(1);
    }
}
