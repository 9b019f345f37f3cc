package cn.perfeval.web.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

import cn.perfeval.workflow.org.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a user name and password are checked, for the log-in page and HTTP Basic alike: the attempt is counted
 * by {@link LoginThrottle} before the password is compared, and refused unchecked while its keys wait. Every refusal
 * is the same {@link BadCredentialsException} (wrong password, unknown user, disabled, throttled), so the answer
 * tells a guesser nothing; only the audit trail says which it was.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    // A script firing the same credentials in parallel (HTTP Basic) shares one check instead of using up the attempts.
    private final ConcurrentMap<String, CompletableFuture<Authentication>> inFlight = new ConcurrentHashMap<>();

    private final LoginAuditListener audit;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    LoginAuditListener audit) {
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String sameCredentials = username + '\u0000' + address + '\u0000' + attempt.getCredentials();
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = inFlight.putIfAbsent(sameCredentials, mine);
        if (running != null) {
            return await(running);
        }
        try {
            mine.complete(check(attempt, username, address));
        } catch (RuntimeException refused) {
            audit.failed(attempt, refused);
            mine.completeExceptionally(refused);
        } finally {
            inFlight.remove(sameCredentials, mine);
        }
        return await(mine);
    }

    private Authentication check(Authentication attempt, String username, String address) {
        if (!throttle.tryAttempt(username, address)) {
            throw new ThrottledLoginException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException wrong) {
            throttle.failed(username, address);
            throw new CheckedLoginFailure(wrong);
        }
    }

    private static Authentication await(CompletableFuture<Authentication> check) {
        try {
            return check.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadCredentialsException(LoginMessages.FAILED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Refused before any password was compared: the account or the address is waiting. */
    static final class ThrottledLoginException extends BadCredentialsException {
        ThrottledLoginException() {
            super(LoginMessages.FAILED);
        }
    }

    /** The password was compared and did not match (or the user is unknown or disabled); the cause says which. */
    static final class CheckedLoginFailure extends BadCredentialsException {
        CheckedLoginFailure(AuthenticationException cause) {
            super(LoginMessages.FAILED, cause);
        }
    }
}
