package cn.perfeval.web.security;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.org.OrgDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logins and failures go to the audit trail; five failures in a row lock the account for 15 minutes. */
@Component
class LoginAuditListener {

    private final OrgDirectory directory;
    private final AuditTrail audit;

    LoginAuditListener(OrgDirectory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (!(authentication.getPrincipal() instanceof PlatformUser user)) {
            return;
        }
        directory.recordSuccessfulLogin(user.getUsername());
    }

    /** Only form logins are interactive; API calls with Basic authenticate on every request and are not logged each. */
    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        audit.recordStandalone(authentication.getName(), AuditAction.LOGIN, address, "登录成功");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (event.getException() instanceof LockedException) {
            audit.recordStandalone(username, AuditAction.LOGIN_FAILURE, address, "账号已锁定，拒绝登录");
            return;
        }
        boolean lockedNow = directory.recordFailedLogin(username);
        audit.recordStandalone(username, AuditAction.LOGIN_FAILURE, address, "用户名或密码错误");
        if (lockedNow) {
            audit.recordStandalone(username, AuditAction.ACCOUNT_LOCKED, address, "连续5次登录失败，账号锁定15分钟");
        }
    }
}
