package cn.perfeval.workflow.common;

/** One item of an error body: where (a JSON path or a field), and what, in Chinese; code and severity where a check found it. */
public record ErrorDetail(String path, String code, String severity, String message) {

    public static ErrorDetail at(String path, String message) {
        return new ErrorDetail(path, null, null, message);
    }
}
