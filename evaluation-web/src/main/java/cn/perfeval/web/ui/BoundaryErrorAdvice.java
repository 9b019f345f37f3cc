package cn.perfeval.web.ui;

import java.util.List;

import cn.perfeval.web.api.ApiError;
import cn.perfeval.web.api.ApiErrors;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What fails before a handler is chosen (no handler takes this method, content type or Accept; no such resource) or
 * in a page's arguments: the API's JSON under /api, the error page elsewhere, never the container's page. The API's
 * own advice ({@code ApiErrorAdvice}) comes first once a JSON handler was chosen.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BoundaryErrorAdvice {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A refusal from a controller outside the page and API packages (e.g. the bundle page): its status and message. */
    @ExceptionHandler(UseCaseException.class)
    Object refused(UseCaseException e, HttpServletRequest request) {
        return answer(request, HttpStatus.valueOf(e.refusal().httpStatus()),
                new ApiError(e.code(), e.getMessage(), e.details()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, ApiErrors.methodNotAllowed(e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiErrors.unsupportedMediaType(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, ApiErrors.notAcceptable(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, ApiError.of("NOT_FOUND", "您要找的页面或评价不存在，或已被移除。"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, ApiErrors.badParameter(e.getName(), e.getRequiredType()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, new ApiError("INVALID_PARAMETER",
                "缺少请求参数“" + e.getParameterName() + "”", List.of(ErrorDetail.at(e.getParameterName(), "必须填写"))));
    }

    @ExceptionHandler(MultipartException.class)
    Object brokenUpload(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, new ApiError("MALFORMED_UPLOAD",
                "上传内容不完整或格式不对，请重新选择文件上传", List.of(ErrorDetail.at("file", "上传内容无法读取"))));
    }

    static Object answer(HttpServletRequest request, HttpStatus status, ApiError error) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(error));
        }
        return ErrorPageController.errorPage(request, status, ErrorPageController.titleOf(status), error.message());
    }
}
