package cn.perfeval.web.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.perfeval.web.api.ApiError;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal on a page shows the use case's Chinese message on the error page, with its status; a page script that
 * asked for JSON (the editor's saves) gets the API's error body instead, so it can show the message beside the form.
 */
@ControllerAdvice(basePackages = "cn.perfeval.web.ui")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1)
class PageErrorAdvice {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ExceptionHandler(UseCaseException.class)
    ModelAndView refused(UseCaseException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpStatus status = HttpStatus.valueOf(e.refusal().httpStatus());
        return answer(request, response, status, ErrorPageController.titleOf(status),
                new ApiError(e.code(), e.getMessage(), e.details()));
    }

    @ExceptionHandler({ConcurrencyFailureException.class, FlowableOptimisticLockingException.class,
            DuplicateKeyException.class})
    ModelAndView concurrent(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.CONFLICT, "已被他人处理",
                ApiError.of("CONCURRENT_MODIFICATION", "该评价已被他人修改或处理，请刷新后查看最新状态。"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "文件过大",
                ApiError.of("FILE_TOO_LARGE", "文件过大：单个文件不能超过 20 MB。"));
    }

    private static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                       String title, ApiError error) throws IOException {
        if (wantsJson(request)) {
            response.setStatus(status.value());
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
            return null;
        }
        return ErrorPageController.errorPage(request, status, title, error.message());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("X-Requested-With") != null || accept != null && accept.startsWith("application/json");
    }
}
