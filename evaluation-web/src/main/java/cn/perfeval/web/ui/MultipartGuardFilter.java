package cn.perfeval.web.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.perfeval.web.api.ApiError;
import cn.perfeval.workflow.common.ErrorDetail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart body that cannot be parsed (no boundary, cut short, a NUL in a file name) fails the first time anything
 * reads a parameter, often a security filter, before Spring MVC could explain it. It is parsed here first, and a body
 * that does not parse is a 400 with our error body (JSON under /api, the error page elsewhere).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartGuardFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
                request.getParts();
            } catch (RuntimeException | IOException | ServletException e) {
                refuse(request, response, tooLarge(e));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answered here, not through the error page: on the error dispatch a security filter would read a parameter of
     * the same broken body again and fail.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean tooLarge)
            throws IOException {
        String message = tooLarge ? "文件过大：单个文件不能超过 20 MB" : "上传内容不完整或格式不对，请重新选择文件上传";
        response.setStatus(tooLarge ? 413 : 400);
        String body;
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            body = JSON.writeValueAsString(new ApiError(tooLarge ? "FILE_TOO_LARGE" : "MALFORMED_UPLOAD", message,
                    List.of(ErrorDetail.at("file", message))));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + message
                    + "</title></head><body><h1>" + message + "</h1><p><a href=\"/\">返回首页</a></p>"
                    + "</body></html>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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
