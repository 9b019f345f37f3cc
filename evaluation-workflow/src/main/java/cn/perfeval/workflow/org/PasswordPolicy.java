package cn.perfeval.workflow.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 等保 2.0 level 2 password rules, in one place for every path that sets a password (an administrator creating or
 * resetting a user, a user changing their own): 8 to 64 characters of at least three classes (lower case, upper
 * case, digits, other), not containing the user name, not a common password. The history rule (not one of the last
 * {@value #HISTORY} passwords) needs the stored hashes and is checked by {@link Passwords}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int HISTORY = 5;
    public static final String RULE = "密码须为 8–64 位，至少包含大写字母、小写字母、数字、符号中的三类，不得包含用户名，"
            + "不得是常见密码，不得与最近 5 次使用过的密码相同";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The first rule a new password breaks, in the words the password field shows; empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("密码须为 8–64 位");
        }
        int classes = (password.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0)
                + (password.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0)
                + (password.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0)
                + (password.chars().anyMatch(c -> !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')
                        && !(c >= '0' && c <= '9')) ? 1 : 0);
        if (classes < 3) {
            return Optional.of("密码须至少包含大写字母、小写字母、数字、符号中的三类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不得包含用户名");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("该密码过于常见，请换一个");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
