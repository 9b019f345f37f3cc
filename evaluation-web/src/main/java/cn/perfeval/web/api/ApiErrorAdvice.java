package cn.perfeval.web.api;

import java.io.IOException;
import java.util.List;

import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure of a JSON or file endpoint answers with {code, message, details[]} in Chinese, never a bare 500 page.
 * The body is always JSON, whatever the client's Accept asked for (a refusal of a PDF request is still explained).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @ExceptionHandler(UseCaseException.class)
    ResponseEntity<ApiError> refused(UseCaseException e) {
        return answer(e.refusal().httpStatus(), new ApiError(e.code(), e.getMessage(), e.details()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return answer(403, ApiError.of("FORBIDDEN", "没有权限执行此操作"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrent(OptimisticLockingFailureException e) {
        return answer(409, ApiError.of("CONCURRENT_MODIFICATION", "该评价已被他人修改或处理，请刷新后重试"));
    }

    /** A row lock not granted in time, a lost race on Flowable's task revision, or a duplicate unit and year. */
    @ExceptionHandler({ConcurrencyFailureException.class, FlowableOptimisticLockingException.class,
            DuplicateKeyException.class})
    ResponseEntity<ApiError> raced(Exception e) {
        return answer(409, ApiError.of("CONCURRENT_MODIFICATION", "该评价或任务正在被他人处理或已被处理，请刷新后重试"));
    }

    /** The last line behind the use cases' own checks: a value the database cannot hold is the caller's, not ours. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> tooMuch(DataIntegrityViolationException e) {
        log.warn("数据库拒绝了请求中的数据（应由用例先行检查）", e);
        return answer(400, new ApiError("INVALID_REQUEST", "提交的内容超出允许的长度或范围，请检查后重试",
                List.of(ErrorDetail.at("$", "内容超出允许的长度或范围"))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(400, new ApiError("MALFORMED_REQUEST", "请求内容不是有效的 JSON，或字段类型不对",
                List.of(ErrorDetail.at("$", "请求内容无法读取"))));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<ErrorDetail> details = e.getBindingResult().getFieldErrors().stream()
                .map(error -> ErrorDetail.at("$." + error.getField(), error.getDefaultMessage())).toList();
        return answer(400, new ApiError("INVALID_REQUEST", "请求内容有误", details));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return answer(400, new ApiError("INVALID_PARAMETER", "缺少请求参数“" + e.getParameterName() + "”",
                List.of(ErrorDetail.at(e.getParameterName(), "必须填写"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(400, ApiErrors.badParameter(e.getName(), e.getRequiredType()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e) {
        return answer(400, new ApiError("INVALID_PARAMETER", "缺少请求头“" + e.getHeaderName() + "”",
                List.of(ErrorDetail.at(e.getHeaderName(), "必须提供"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer(413, new ApiError("FILE_TOO_LARGE", "文件过大：单个文件不能超过 20 MB",
                List.of(ErrorDetail.at("file", "超过 20 MB"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return answer(400, new ApiError("FILE_MISSING", "请选择要上传的文件",
                List.of(ErrorDetail.at(e.getRequestPartName(), "缺少上传的文件"))));
    }

    /** No boundary, an empty or truncated body: the upload did not arrive whole. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> brokenUpload(MultipartException e) {
        return answer(400, new ApiError("MALFORMED_UPLOAD", "上传内容不完整或格式不对，请重新选择文件上传",
                List.of(ErrorDetail.at("file", "上传内容无法读取"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(405, ApiErrors.methodNotAllowed(e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(415, ApiErrors.unsupportedMediaType(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(406, ApiErrors.notAcceptable(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return answer(404, ApiError.of("NOT_FOUND", "请求的地址不存在"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("未预期的错误", e);
        return answer(500, ApiError.of("INTERNAL_ERROR", "系统内部错误，请稍后重试或联系管理员；已保存的内容不受影响"));
    }

    /**
     * Written straight to the response, past content negotiation: the answer is JSON whatever the request's Accept
     * said (application/pdf, text/html …), where a converter would find no acceptable representation and fail.
     * A null ResponseEntity tells Spring the response is handled.
     */
    static ResponseEntity<ApiError> answer(int status, ApiError error) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        if (response == null || response.isCommitted()) {
            return null;
        }
        try {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(MAPPER.writeValueAsBytes(error));
        } catch (IOException e) {
            log.debug("客户端已断开，错误答复未送达", e);
        }
        return null;
    }
}
