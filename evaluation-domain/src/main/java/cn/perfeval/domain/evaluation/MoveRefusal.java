package cn.perfeval.domain.evaluation;

/** Why the lifecycle refuses a move: the person may not make it, or the evaluation's status does not allow it. */
public record MoveRefusal(Kind kind, String code, String message) {

    public enum Kind {
        /** The person's role or unit does not allow the move. */
        NOT_PERMITTED,
        /** The evaluation's status (or its round's submitter) does not allow the move now. */
        NOT_NOW
    }
}
