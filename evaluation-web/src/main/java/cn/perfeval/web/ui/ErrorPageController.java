package cn.perfeval.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.perfeval.web.api.ApiError;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.RequestDispatcher;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Replaces Boot's error endpoint: the API's one JSON body under /api, a friendly Chinese page everywhere else. */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = String.valueOf(request.getHeader("Accept"));
        if (uri.startsWith("/api/") || accept.contains("application/json") && !accept.contains("text/html")) {
            String message = messageOf(request, status);
            // a 400 that reaches here (the firewall refused the path, Tomcat refused a parameter) is the request's
            List<ErrorDetail> details = status == HttpStatus.BAD_REQUEST ? List.of(ErrorDetail.at("$", message)) : List.of();
            return ResponseEntity.status(status)
                    .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                    .body(new ApiError(codeOf(status), message, details));
        }
        return errorPage(request, status, titleOf(status), messageOf(request, status));
    }

    /**
     * The error page's model, with who is logged in: an exception handler's view gets no {@code @ModelAttribute}s,
     * and an error dispatch runs after the request's security context was cleared, yet the header must show the user.
     */
    static ModelAndView errorPage(HttpServletRequest request, HttpStatus status, String title, String message) {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("status", status.value(), "title", title,
                "message", message));
        PlatformUser user = loggedIn(request);
        if (user != null) {
            model.put("currentUser", user);
        }
        return new ModelAndView("error", model, status);
    }

    /** Who is logged in, from the security context or, on an error dispatch, from the session it is kept in. */
    private static PlatformUser loggedIn(HttpServletRequest request) {
        PlatformUser user = CurrentActor.userOrNull();
        if (user != null) {
            return user;
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return kept instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof PlatformUser found ? found : null;
    }

    static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String titleOf(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "请先登录";
            case 403 -> "没有权限";
            case 404 -> "页面不存在";
            case 405 -> "不支持的操作";
            case 409 -> "已被他人处理";
            case 413 -> "文件过大";
            default -> status.is4xxClientError() ? "无法完成请求" : "系统暂时出错";
        };
    }

    private static String codeOf(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "INVALID_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 413 -> "FILE_TOO_LARGE";
            default -> status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR";
        };
    }

    private static String messageOf(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof UseCaseException refusal) {
            return refusal.getMessage();
        }
        return switch (status.value()) {
            case 400 -> "提交的内容或地址参数有误，请返回检查后重试。";
            case 401 -> "登录已过期或尚未登录，请重新登录。";
            case 403 -> "您没有权限查看或操作此内容。如需办理，请联系本单位管理员。";
            case 404 -> "您要找的页面或评价不存在，或已被移除。";
            case 405 -> "此地址不支持该操作。";
            case 409 -> "该事项已被他人处理或修改，请刷新后查看最新状态。";
            case 413 -> "文件过大：单个文件不能超过 20 MB。";
            default -> status.is4xxClientError() ? "请求无法完成，请返回重试。"
                    : "系统暂时出错，已保存的内容不受影响。请稍后重试，或联系系统管理员。";
        };
    }
}
