package cn.perfeval.domain.basicdata;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rate derived from Attachment 1, or what is missing to derive it. Never a zero that stands for "unknown".
 */
public final class DerivedRate {

    private final String name;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final BigDecimal exactPercent;
    private final List<String> missing;

    private DerivedRate(String name, BigDecimal numerator, BigDecimal denominator, BigDecimal exactPercent, List<String> missing) {
        this.name = name;
        this.numerator = numerator;
        this.denominator = denominator;
        this.exactPercent = exactPercent;
        this.missing = List.copyOf(missing);
    }

    public static DerivedRate of(String name, Cell numerator, String numeratorLabel, Cell denominator, String denominatorLabel) {
        List<String> missing = new ArrayList<>();
        if (!numerator.isValue()) {
            missing.add(numeratorLabel);
        }
        if (!denominator.isValue()) {
            missing.add(denominatorLabel);
        }
        if (!missing.isEmpty()) {
            return new DerivedRate(name, null, null, null, missing);
        }
        return of(name, numerator.value().orElseThrow(), denominator.value().orElseThrow(), denominatorLabel);
    }

    public static DerivedRate missing(String name, List<String> missing) {
        return new DerivedRate(name, null, null, null, missing);
    }

    public static DerivedRate of(String name, BigDecimal numerator, BigDecimal denominator, String denominatorLabel) {
        Optional<BigDecimal> percent = Decimals.percent(numerator, denominator);
        if (percent.isEmpty()) {
            return new DerivedRate(name, numerator, denominator, null, List.of(denominatorLabel + "（为0，不能作除数）"));
        }
        return new DerivedRate(name, numerator, denominator, percent.get(), List.of());
    }

    public String name() {
        return name;
    }

    public boolean isAvailable() {
        return exactPercent != null;
    }

    /** Rounded half-up to 2 decimals, as shown and as scored. */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(exactPercent).map(Decimals::rate2);
    }

    public Optional<BigDecimal> exactPercent() {
        return Optional.ofNullable(exactPercent);
    }

    public Optional<BigDecimal> numerator() {
        return Optional.ofNullable(numerator);
    }

    public Optional<BigDecimal> denominator() {
        return Optional.ofNullable(denominator);
    }

    public List<String> missing() {
        return missing;
    }

    /** "在职人员控制率 = 43 / 52 = 82.69%", or "无法计算：缺少编制数". */
    public String explanation() {
        if (!isAvailable()) {
            return name + "无法计算：缺少" + String.join("、", missing);
        }
        return name + " = " + Decimals.plain(numerator) + " / " + Decimals.plain(denominator) + " = "
                + Decimals.percentText(exactPercent);
    }

    @Override
    public String toString() {
        return explanation();
    }
}
