package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.support.FromAddress;
import cn.perfeval.web.support.FromAddress.Answer;
import cn.perfeval.web.support.RunningPlatformTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 8: failures are counted before the password is compared, so a parallel burst of guesses gets at
 * most five checked; the throttle is per account and address with growing delays, so the owner still logs in from
 * elsewhere; every refusal reads the same, for a wrong password, an unknown user and a throttled attempt alike.
 * The clients are loopback addresses 127.0.0.x: the platform trusts no X-Forwarded-For by default.
 */
class LogInHoldsUnderABurstTest extends RunningPlatformTest {

    private static final String RIGHT = "Right#Pass2024";

    @Test
    void fortyParallelWrongPasswordsGetAtMostFiveCheckedAndTheOwnerStillLogsInFromElsewhere() throws Exception {
        String username = freshUser();
        FromAddress attacker = new FromAddress(port, "127.0.0.31");
        int burst = 40;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String guess = "Guess#" + i + "x2024";
            Callable<Answer> call = () -> {
                start.await();
                return attacker.getBasic("/api/me", username, guess);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<Answer> all = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            all.add(answer.get());
        }
        pool.shutdown();

        assertThat(all).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains(LoginMessages.FAILED);
        });
        int checked = failures(username, LoginAuditListener.CHECKED_FAILURE);
        int throttled = failures(username, LoginAuditListener.THROTTLED);
        System.out.printf("burst of %d parallel wrong passwords: %d checked, %d throttled unchecked%n",
                burst, checked, throttled);
        assertThat(checked).isBetween(1, 5);
        assertThat(checked + throttled).isEqualTo(burst);

        // the right password from the attacker's address now waits too, and is told exactly what a wrong one is told
        Answer fromAttacker = attacker.getBasic("/api/me", username, RIGHT);
        assertThat(fromAttacker.status()).isEqualTo(401);
        assertThat(fromAttacker.body()).isEqualTo(all.get(0).body());

        // the owner, elsewhere, logs in at once: by HTTP Basic and on the log-in page
        FromAddress owner = new FromAddress(port, "127.0.0.32");
        Answer me = owner.getBasic("/api/me", username, RIGHT);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + username + "\"");
        Answer page = new FromAddress(port, "127.0.0.33").pageLogin(username, RIGHT);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/workbench");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAThrottledAttemptReadTheSameOnBothPaths() {
        String username = freshUser();
        FromAddress client = new FromAddress(port, "127.0.0.34");
        Answer wrong = client.getBasic("/api/me", username, "Wrong#Pass2024");
        Answer unknown = client.getBasic("/api/me", "nobody." + UUID.randomUUID().toString().substring(0, 8),
                "Wrong#Pass2024");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());

        // the page: five wrong passwords, then even the right one is refused from this address, with the same words
        for (int i = 0; i < 4; i++) {
            Answer failed = client.pageLogin(username, "Wrong#Pass" + i);
            assertThat(failed.status()).isEqualTo(302);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }
        Answer throttled = client.pageLogin(username, RIGHT);
        assertThat(throttled.status()).isEqualTo(302);
        assertThat(throttled.header("Location")).endsWith("/login?error");
        assertThat(failures(username, LoginAuditListener.THROTTLED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILURE'"
                + " and detail like '%登录页%'", Integer.class, username)).isEqualTo(5);
        // a delay, not a lock: nothing on the account says locked, and another address is let in
        assertThat(new FromAddress(port, "127.0.0.35").pageLogin(username, RIGHT).header("Location"))
                .endsWith("/workbench");
    }

    private String freshUser() {
        String username = "burst." + UUID.randomUUID().toString().substring(0, 8);
        long unit = directory.findUnitByCode("guitang").orElseThrow().getId();
        directory.createUser(username, "限流测试", encoder.encode(RIGHT), unit, EnumSet.of(Role.SUBMITTER));
        return username;
    }

    private int failures(String username, String reason) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILURE' "
                + "and detail like ?", Integer.class, username, reason + "%");
    }
}
