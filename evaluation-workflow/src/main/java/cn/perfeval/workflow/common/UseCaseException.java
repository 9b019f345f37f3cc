package cn.perfeval.workflow.common;

import java.util.List;

/** A refusal with a stable code and a Chinese message; never a 500. */
public class UseCaseException extends RuntimeException {

    private final Refusal refusal;
    private final String code;
    private final List<ErrorDetail> details;

    public UseCaseException(Refusal refusal, String code, String message) {
        this(refusal, code, message, List.of());
    }

    public UseCaseException(Refusal refusal, String code, String message, List<ErrorDetail> details) {
        super(message);
        this.refusal = refusal;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public Refusal refusal() {
        return refusal;
    }

    public String code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    public static UseCaseException forbidden(String code, String message) {
        return new UseCaseException(Refusal.FORBIDDEN, code, message);
    }

    public static UseCaseException notFound(String code, String message) {
        return new UseCaseException(Refusal.NOT_FOUND, code, message);
    }

    public static UseCaseException conflict(String code, String message) {
        return new UseCaseException(Refusal.CONFLICT, code, message);
    }

    public static UseCaseException unprocessable(String code, String message, List<ErrorDetail> details) {
        return new UseCaseException(Refusal.UNPROCESSABLE, code, message, details);
    }

    public static UseCaseException invalid(String code, String message, List<ErrorDetail> details) {
        return new UseCaseException(Refusal.INVALID, code, message, details);
    }
}
