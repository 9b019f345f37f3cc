package cn.perfeval.workflow.common;

/** Why a use case refused: the web layer maps each to its HTTP status. */
public enum Refusal {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    PRECONDITION_REQUIRED(428),
    PAYLOAD_TOO_LARGE(413),
    UNPROCESSABLE(422);

    private final int httpStatus;

    Refusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
