package cn.perfeval.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user still on the password an administrator chose reaches nothing but the change page (and log-out): pages
 * redirect there, the API answers 403 {@code PASSWORD_CHANGE_REQUIRED} except for {@code GET /api/me} and
 * {@code POST /api/me/password}. Placed in both security chains, after authentication.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> OPEN_PREFIXES = Set.of("/css/", "/js/", "/images/", "/public", "/api/public/");
    private static final Set<String> OPEN_PATHS = Set.of(PAGE, "/logout", "/login", "/error", "/favicon.ico", "/",
            "/api/me", "/api/me/password");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PlatformUser user)
                || !user.mustChangePassword() || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            SecurityConfiguration.writeJson(response, 403, "PASSWORD_CHANGE_REQUIRED",
                    "请先修改管理员设置的初始密码（POST /api/me/password）");
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
