package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A plain GET with a session whose last access was stored less than a minute ago writes nothing to SPRING_SESSION;
 * an older one is touched as before; a log-in is saved at once; an idle session still ends within the timeout.
 * Writes the statements of a plain GET before and after to target/benchmarks/plain-get.txt.
 */
@Import(APlainGetDoesNotWriteTheSessionTest.CountingDataSource.class)
class APlainGetDoesNotWriteTheSessionTest extends RunningPlatformTest {

    /** Statements run by the server's request threads (the test's own JDBC and background timers are not counted). */
    static final List<String> SERVED = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countServedStatements() {
            QueryExecutionListener listener = new QueryExecutionListener() {
                @Override
                public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
                }

                @Override
                public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
                    if (Thread.currentThread().getName().startsWith("http-")) {
                        queries.forEach(q -> SERVED.add(q.getQuery().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
                    }
                }
            };
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(ds).name(name).listener(listener).build() : bean;
                }
            };
        }
    }

    @Autowired
    ExpiredSessionAudit expiredSessions;

    @Test
    void aReadWithinAMinuteOfTheLastStoredAccessWritesNothingAndTheIdleTimeoutStillHolds() throws Exception {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String user = unit.submitter();

        // log-in: the session made by the login page is changed seconds later, and that change is saved at once
        Response loginPage = http.getWithCookie("/login", null);
        SERVED.clear();
        Response login = http.postForm("/login", loginPage.sessionCookie(),
                "username=" + user + "&password=Demo%40123456&_csrf=" + PageLogin.csrfOf(loginPage.body()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(sessionWrites()).as("the log-in is written at once").isNotEmpty();
        String cookie = login.sessionCookie();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, user))
                .isEqualTo(1);

        // before: a session whose stored last access is older than the slack is touched, as every read was before
        ageStoredAccess(user, 120_000);
        List<String> touched = plainGet(http, cookie);
        assertThat(sessionWrites(touched)).as("an old last access is refreshed").hasSize(1)
                .allSatisfy(sql -> assertThat(sql).startsWith("update spring_session set"));
        long touchedAt = storedAccess(user);
        assertThat(touchedAt).isGreaterThan(System.currentTimeMillis() - 10_000);

        // after: the next read, within the minute, reads the session and writes nothing
        List<String> spared = plainGet(http, cookie);
        assertThat(sessionWrites(spared)).as("no write on a read within the slack: " + spared).isEmpty();
        assertThat(spared.size()).isEqualTo(touched.size() - 1);
        assertThat(storedAccess(user)).isEqualTo(touchedAt);
        // the stored expiry is at most the slack earlier than the real one: the session never outlives the timeout
        long expiry = jdbc.queryForObject("SELECT EXPIRY_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, user);
        long timeout = 30 * 60_000L;
        assertThat(expiry).isBetween(System.currentTimeMillis() + timeout - SparingSessionRepository.TOUCH_SLACK.toMillis(),
                System.currentTimeMillis() + timeout);

        // the same on the workbench, the page a user lands on: its figures go to the report beside the first
        plainGet(http, cookie, "/workbench"); // its first visit fills caches: not what is measured
        ageStoredAccess(user, 120_000);
        List<String> workbenchTouched = plainGet(http, cookie, "/workbench");
        List<String> workbenchSpared = plainGet(http, cookie, "/workbench");
        assertThat(sessionWrites(workbenchTouched)).hasSize(1);
        assertThat(sessionWrites(workbenchSpared)).isEmpty();
        assertThat(workbenchSpared.size()).isEqualTo(workbenchTouched.size() - 1);

        Path figure = Path.of("target", "benchmarks", "plain-get.txt");
        Files.createDirectories(figure.getParent());
        Files.writeString(figure, """
                plain GET with a logged-in session (H2, statements run by the request thread; APlainGetDoesNotWriteTheSessionTest)
                before = every read, as before this change (now only a read whose stored last access is older than %d s)
                after  = a read within %d s of the stored last access
                page              before (writes to SPRING_SESSION)   after (writes to SPRING_SESSION)
                /account/password %d (%d)                               %d (%d)
                /workbench        %d (%d)                               %d (%d)
                """.formatted(SparingSessionRepository.TOUCH_SLACK.toSeconds(), SparingSessionRepository.TOUCH_SLACK.toSeconds(),
                touched.size(), sessionWrites(touched).size(), spared.size(), sessionWrites(spared).size(),
                workbenchTouched.size(), sessionWrites(workbenchTouched).size(),
                workbenchSpared.size(), sessionWrites(workbenchSpared).size()), StandardCharsets.UTF_8);

        // idle for the whole timeout since the stored access: the session has ended, and is swept and audited as such
        ageStoredAccess(user, timeout + 1_000);
        Response afterIdle = http.getWithCookie("/account/tokens", cookie);
        assertThat(afterIdle.status()).as("an idle session no longer opens a page").isEqualTo(302);
        assertThat(afterIdle.header("Location")).contains("/login");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, user))
                .isZero();
    }

    @Test
    void aSessionIdleForTheTimeoutIsSweptWithinTheSlackOfItsLastRequest() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String cookie = PageLogin.as(http, unit.submitter());
        assertThat(http.getWithCookie("/account/tokens", cookie).status()).isEqualTo(200);
        // the last request was spared its write; 30 minutes after the stored access the sweep ends the session
        ageStoredAccess(unit.submitter(), 30 * 60_000L + 1_000);
        expiredSessions.sweep();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class,
                unit.submitter())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SESSION_EXPIRED'",
                Long.class, unit.submitter())).isEqualTo(1);
        assertThat(http.getWithCookie("/account/tokens", cookie).status()).isEqualTo(302);
    }

    private List<String> plainGet(HttpTestClient http, String cookie) {
        return plainGet(http, cookie, "/account/password");
    }

    private List<String> plainGet(HttpTestClient http, String cookie, String path) {
        SERVED.clear();
        Response page = http.getWithCookie(path, cookie);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return List.copyOf(SERVED);
    }

    private static List<String> sessionWrites() {
        return sessionWrites(List.copyOf(SERVED));
    }

    private static List<String> sessionWrites(List<String> statements) {
        return statements.stream().filter(sql -> !sql.startsWith("select") && sql.contains("spring_session")).toList();
    }

    /** As if the last stored access (and so the expiry) were this much earlier. */
    private void ageStoredAccess(String user, long millis) {
        jdbc.update("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - ?, EXPIRY_TIME = EXPIRY_TIME - ? "
                + "WHERE PRINCIPAL_NAME = ?", millis, millis, user);
    }

    private long storedAccess(String user) {
        return jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, user);
    }
}
