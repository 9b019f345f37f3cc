package cn.perfeval.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import cn.perfeval.web.security.ThrottledAuthenticationProvider.CheckedLoginFailure;
import cn.perfeval.web.security.ThrottledAuthenticationProvider.ThrottledLoginException;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every log-in path goes to the audit trail: the log-in page, and HTTP Basic (which authenticates on every request,
 * so a Basic log-in is written once per user and address per {@link #BASIC_QUIET}, on each node); every failure is
 * written, saying whether the password was checked or the attempt was throttled unchecked.
 */
@Component
class LoginAuditListener {

    static final Duration BASIC_QUIET = Duration.ofMinutes(30);
    static final String CHECKED_FAILURE = "用户名或密码错误";
    static final String THROTTLED = "尝试过于频繁，未校验密码";

    private final AuditTrail audit;
    private final ConcurrentMap<String, Instant> basicLogins = new ConcurrentHashMap<>();

    LoginAuditListener(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String address = addressOf(authentication);
        if (!viaBasic()) {
            audit.recordStandalone(authentication.getName(), AuditAction.LOGIN, address, "登录成功（登录页）");
            return;
        }
        Instant now = Instant.now();
        String key = authentication.getName() + "|" + address;
        Instant last = basicLogins.get(key);
        if (last != null && last.plus(BASIC_QUIET).isAfter(now)) {
            return;
        }
        if (basicLogins.size() > 10_000) {
            basicLogins.clear();
        }
        basicLogins.put(key, now);
        audit.recordStandalone(authentication.getName(), AuditAction.LOGIN, address, "登录成功（HTTP Basic，接口）");
    }

    /**
     * Called by {@link ThrottledAuthenticationProvider} for each refused attempt (its exceptions are its own classes,
     * which Spring's event publisher maps to no event).
     */
    void failed(Authentication attempt, RuntimeException refusal) {
        String username = String.valueOf(attempt.getName());
        if (username.length() > 64) {
            username = username.substring(0, 64);
        }
        String path = viaBasic() ? "（HTTP Basic，接口）" : "（登录页）";
        String reason = refusal instanceof ThrottledLoginException ? THROTTLED
                : refusal instanceof CheckedLoginFailure failure && failure.getCause() instanceof DisabledException
                ? "账号已停用" : CHECKED_FAILURE;
        audit.recordStandalone(username, AuditAction.LOGIN_FAILURE, addressOf(attempt), reason + path);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static boolean viaBasic() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        }
        return false;
    }
}
