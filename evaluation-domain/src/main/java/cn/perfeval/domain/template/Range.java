package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;

/**
 * An interval of a measured value: {@code atLeast}/{@code above} a lower bound, {@code atMost}/{@code below} an upper one,
 * either bound may be open-ended (null). Inclusive words (以上/以下/含) map to atLeast/atMost.
 */
public record Range(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    public boolean contains(BigDecimal v) {
        if (lower != null) {
            int c = v.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** "116.86% > 10%", "82.69% ≤ 100%", or with both bounds "5% ≤ 7.00% ≤ 10%". */
    public String describe(String shownValue, String unit) {
        if (lower != null && upper != null) {
            return Decimals.plain(lower) + unit + (lowerInclusive ? " ≤ " : " < ") + shownValue
                    + (upperInclusive ? " ≤ " : " < ") + Decimals.plain(upper) + unit;
        }
        if (lower != null) {
            return shownValue + (lowerInclusive ? " ≥ " : " > ") + Decimals.plain(lower) + unit;
        }
        if (upper != null) {
            return shownValue + (upperInclusive ? " ≤ " : " < ") + Decimals.plain(upper) + unit;
        }
        return shownValue;
    }
}
