package cn.perfeval.web.security;

import java.io.IOException;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Log-outs and refusals (every 403, whoever answered it: a role check, a use case, a missing CSRF token) are audited. */
@Component
class SecurityAudit {

    private final AuditTrail audit;

    SecurityAudit(AuditTrail audit) {
        this.audit = audit;
    }

    LogoutHandler logouts() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.recordStandalone(authentication.getName(), AuditAction.LOGOUT, request.getRemoteAddr(), "退出登录");
            }
        };
    }

    /** A filter inside a security chain, before its exception translation, so it sees that chain's 403s and the user. */
    OncePerRequestFilter refusals() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (response.getStatus() == 403) {
                        Authentication who = SecurityContextHolder.getContext().getAuthentication();
                        String path = request.getRequestURI();
                        boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken;
                        audit.recordStandalone(anonymous ? null : who.getName(), AuditAction.ACCESS_DENIED,
                                request.getRemoteAddr(), "拒绝访问 " + request.getMethod() + " "
                                        + (path.length() > 200 ? path.substring(0, 200) : path));
                    }
                }
            }
        };
    }
}
