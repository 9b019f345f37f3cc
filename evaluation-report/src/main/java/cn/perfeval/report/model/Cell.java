package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount cell of Attachment 1: blank, not applicable (printed ——), or a value printed as entered.
 */
public record Cell(Kind kind, BigDecimal value) {

    public enum Kind { BLANK, NOT_APPLICABLE, VALUE }

    private static final Cell BLANK = new Cell(Kind.BLANK, null);
    private static final Cell NOT_APPLICABLE = new Cell(Kind.NOT_APPLICABLE, null);

    public Cell {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.VALUE) != (value != null)) {
            throw new IllegalArgumentException("a VALUE cell holds a value, the others none");
        }
    }

    public static Cell blank() {
        return BLANK;
    }

    public static Cell notApplicable() {
        return NOT_APPLICABLE;
    }

    /** A value cell, or blank for {@code null}. */
    public static Cell of(BigDecimal value) {
        return value == null ? BLANK : new Cell(Kind.VALUE, value);
    }

    /** What is printed: "", "——" or the number as entered (no exponent, scale kept). */
    public String text() {
        return switch (kind) {
            case BLANK -> "";
            case NOT_APPLICABLE -> "——";
            case VALUE -> value.toPlainString();
        };
    }
}
