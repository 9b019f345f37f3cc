package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the reports print them: BigDecimal, half-up, two decimals. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** part / whole × 100, half-up to 2 decimals; {@code null} when either is missing or the whole is zero. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** "82.69%", or "" for {@code null}. */
    public static String format(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + "%";
    }
}
