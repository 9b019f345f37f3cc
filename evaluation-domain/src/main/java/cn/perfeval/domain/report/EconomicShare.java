package cn.perfeval.domain.report;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A project economic category with its amount and the percentage the report prints ("13.07%", may be null). */
public record EconomicShare(String name, BigDecimal amount, String printedPercent) {

    public EconomicShare {
        Objects.requireNonNull(name);
        Objects.requireNonNull(amount);
    }

    public Optional<BigDecimal> printedPercentValue() {
        return Decimals.parsePercent(printedPercent);
    }
}
