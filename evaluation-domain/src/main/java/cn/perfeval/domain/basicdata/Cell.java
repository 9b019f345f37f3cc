package cn.perfeval.domain.basicdata;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One cell of Attachment 1: left blank, printed as —— (not applicable), or holding a value. Blank is not zero. */
public final class Cell {

    public enum State { BLANK, NOT_APPLICABLE, VALUE }

    private static final Cell BLANK = new Cell(State.BLANK, null);
    private static final Cell NOT_APPLICABLE = new Cell(State.NOT_APPLICABLE, null);

    private final State state;
    private final BigDecimal value;

    private Cell(State state, BigDecimal value) {
        this.state = state;
        this.value = value;
    }

    public static Cell blank() {
        return BLANK;
    }

    public static Cell notApplicable() {
        return NOT_APPLICABLE;
    }

    public static Cell of(BigDecimal value) {
        return new Cell(State.VALUE, Objects.requireNonNull(value, "value"));
    }

    public static Cell of(String value) {
        return of(new BigDecimal(value));
    }

    public static Cell ofNullable(BigDecimal value) {
        return value == null ? BLANK : of(value);
    }

    public State state() {
        return state;
    }

    public boolean isValue() {
        return state == State.VALUE;
    }

    public boolean isBlank() {
        return state == State.BLANK;
    }

    public boolean isNotApplicable() {
        return state == State.NOT_APPLICABLE;
    }

    /** The value as entered, with its scale; empty when blank or not applicable. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /** For sums of a form's lines, where a blank line adds nothing. */
    public BigDecimal valueOrZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.state == state && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case BLANK -> "（空）";
            case NOT_APPLICABLE -> "——";
            case VALUE -> value.toPlainString();
        };
    }
}
