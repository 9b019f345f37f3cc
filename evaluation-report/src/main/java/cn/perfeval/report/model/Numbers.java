package cn.perfeval.report.model;

import java.math.BigDecimal;

/** How scores and amounts are printed: as entered, without exponent or trailing zeros beyond the value. */
public final class Numbers {

    private Numbers() {
    }

    /** "86.2", "4", "0"; "" for {@code null}. Trailing zeros are dropped (scores 6.50 → 6.5). */
    public static String score(BigDecimal v) {
        if (v == null) {
            return "";
        }
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** An amount as entered (scale kept): "7270.51", "0"; "" for {@code null}. */
    public static String amount(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
