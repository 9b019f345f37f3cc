package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;

/** Logs in through the login form as a browser does, and returns the session cookie. */
final class PageLogin {

    private PageLogin() {
    }

    static String as(HttpTestClient http, String username) {
        Response page = http.getWithCookie("/login", null);
        Response login = http.postForm("/login", page.sessionCookie(),
                "username=" + username + "&password=Demo%40123456&_csrf=" + csrfOf(page.body()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/workbench");
        return login.sessionCookie();
    }

    static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
