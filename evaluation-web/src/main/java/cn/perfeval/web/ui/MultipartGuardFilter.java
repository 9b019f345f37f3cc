package cn.perfeval.web.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart body that cannot be parsed (no boundary, cut short, a NUL in a file name) fails the first time anything
 * reads a parameter, often a security filter, before Spring MVC could explain it. It is parsed here first, and a body
 * that does not parse is a 400 with our error body (JSON under /api, the error page elsewhere).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartGuardFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
                request.getParts();
            } catch (RuntimeException | IOException | ServletException e) {
                response.sendError(tooLarge(e) ? 413 : 400);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimit") || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }
}
