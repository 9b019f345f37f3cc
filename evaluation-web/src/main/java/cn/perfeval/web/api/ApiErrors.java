package cn.perfeval.web.api;

import java.util.List;
import java.util.stream.Collectors;

import cn.perfeval.workflow.common.ErrorDetail;
import org.springframework.http.MediaType;

/** The error bodies both the API advice and the error endpoint give for what fails before or around a handler. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** A path or query parameter that is not of its type, named without any Java type. */
    public static ApiError badParameter(String name, Class<?> type) {
        String expected = type == null ? "正确的格式"
                : Number.class.isAssignableFrom(type) || type == int.class || type == long.class ? "整数"
                : type.isEnum() ? "允许的取值之一" : type == Boolean.class || type == boolean.class ? "true 或 false"
                : "正确的格式";
        return new ApiError("INVALID_PARAMETER", "“" + LABELS.getOrDefault(name, name) + "”格式不对，应为" + expected,
                List.of(ErrorDetail.at(name, "应为" + expected)));
    }

    /** The parameters of pages and lists as their filters and pagers label them. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("year", "年度"), java.util.Map.entry("page", "页码"), java.util.Map.entry("size", "每页条数"),
            java.util.Map.entry("unitId", "单位"), java.util.Map.entry("status", "状态"),
            java.util.Map.entry("campaignId", "评价任务"), java.util.Map.entry("round", "轮次"),
            java.util.Map.entry("id", "编号"), java.util.Map.entry("evaluationId", "自评编号"));

    public static ApiError methodNotAllowed(String method) {
        return ApiError.of("METHOD_NOT_ALLOWED", "此地址不支持" + method + "请求");
    }

    public static ApiError unsupportedMediaType(List<MediaType> supported) {
        return new ApiError("UNSUPPORTED_MEDIA_TYPE", "请求的内容类型不受支持，应为：" + names(supported),
                List.of(ErrorDetail.at("Content-Type", "应为 " + names(supported))));
    }

    public static ApiError notAcceptable(List<MediaType> supported) {
        return new ApiError("NOT_ACCEPTABLE", "无法以请求的格式（Accept）答复，本地址提供：" + names(supported),
                List.of(ErrorDetail.at("Accept", "可接受 " + names(supported))));
    }

    private static String names(List<MediaType> types) {
        return types == null || types.isEmpty() ? "application/json"
                : types.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct().collect(Collectors.joining("、"));
    }
}
