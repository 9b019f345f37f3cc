package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.workflow.common.ErrorDetail;

/** The one error body of the API: a stable code, a Chinese message, and where each problem is. */
public record ApiError(String code, String message, List<ErrorDetail> details) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
