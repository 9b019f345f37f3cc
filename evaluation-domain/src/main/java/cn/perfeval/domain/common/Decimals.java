package cn.perfeval.domain.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** The arithmetic every rule and check shares: exact percentages, 2-decimal scores and the rounding tolerance of printed figures. */
public final class Decimals {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private Decimals() {
    }

    /** numerator / denominator × 100, unrounded; empty when the denominator is zero. */
    public static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(HUNDRED).divide(denominator, EXACT_ENOUGH));
    }

    /** A rate as shown and as compared: rounded half-up to 2 decimals. */
    public static BigDecimal rate2(BigDecimal exactPercent) {
        return exactPercent.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal score2(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    public static BigDecimal floorAtZero(BigDecimal value) {
        return value.max(BigDecimal.ZERO);
    }

    /** Whole percentage points in a difference of rates, rounded down: 1.50 → 1, 0.99 → 0. */
    public static BigDecimal wholePoints(BigDecimal difference) {
        return difference.signum() <= 0 ? BigDecimal.ZERO : difference.setScale(0, RoundingMode.DOWN);
    }

    /** A number as a person writes it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** A rate with its 2 decimals and a percent sign: 82.69%. */
    public static String percentText(BigDecimal rate2) {
        return rate2.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Decimals printed in a figure as entered; never negative, so 7270 and 7270.0 differ. */
    public static int printedDecimals(BigDecimal value) {
        return Math.max(0, value.scale());
    }

    /**
     * Two figures agree when they differ by no more than half a unit of the last decimal printed in the
     * less precise one: 7270.5 and 7270.51 agree, 5510.6 and 5510.63 agree.
     */
    public static boolean agreeWithinPrinting(BigDecimal a, BigDecimal b) {
        int decimals = Math.min(printedDecimals(a), printedDecimals(b));
        BigDecimal tolerance = BigDecimal.valueOf(5, decimals + 1);
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** A printed percentage ("13.07%") agrees when it equals the exact one rounded half-up to its own decimals. */
    public static boolean printedPercentAgrees(BigDecimal printed, BigDecimal exactPercent) {
        return exactPercent.setScale(printedDecimals(printed), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /** Reads "82.7%" or "82.7" as 82.7, keeping the decimals printed. */
    public static Optional<BigDecimal> parsePercent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    public static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
