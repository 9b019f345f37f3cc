package cn.perfeval.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 等保 password rules and the log-in delays, at the lowest depth (no Spring, no database). */
class PasswordPolicyAndThrottleDelaysTest {

    @ParameterizedTest
    @CsvSource({
            "password1, 密码须至少包含大写字母、小写字母、数字、符号中的三类",
            "aaaaaaa1, 密码须至少包含大写字母、小写字母、数字、符号中的三类",
            "Ab#1, 密码须为 8–64 位",
            "P@ssw0rd, 该密码过于常见，请换一个",
            "ADMIN@123, 该密码过于常见，请换一个",
            "Zhang.san#2024, 密码不得包含用户名"})
    void weakPasswordsAreRefusedWithTheRuleTheyBreak(String password, String message) {
        assertThat(PasswordPolicy.problem("zhang.san", password)).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo@123456", "Start#Pass2024", "lower-case-and-1", "数据Data2024"})
    void passwordsOfThreeClassesPass(String password) {
        assertThat(PasswordPolicy.problem("zhang.san", password)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 2", "2, 4", "3, 8", "4, 15", "9, 15", "40, 15"})
    void delaysGrowThenStayAtFifteenMinutes(int beyond, int minutes) {
        assertThat(LoginThrottle.delay(beyond)).isEqualTo(Duration.ofMinutes(minutes));
    }
}
