package cn.perfeval.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A save refused only because the session expired (its CSRF token went with it) says so, instead of "no permission":
 * a page script gets 401 SESSION_EXPIRED and keeps what was typed, a form goes to the login page; anything else is
 * handled as before.
 */
final class ExpiredSessionAccessDenied implements AccessDeniedHandler {

    static final String MESSAGE = "登录已过期，请重新登录后再保存（您填写的内容仍在页面上）";

    private final AccessDeniedHandler otherwise;

    ExpiredSessionAccessDenied(AccessDeniedHandler otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !loggedIn()) {
            String accept = String.valueOf(request.getHeader("Accept"));
            if (request.getHeader("X-Requested-With") != null || accept.contains("application/json")
                    || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                SecurityConfiguration.writeJson(response, 401, "SESSION_EXPIRED", MESSAGE);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        otherwise.handle(request, response, denied);
    }

    private static boolean loggedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }
}
