package cn.perfeval.domain.report;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.util.Optional;

/** A project economic category's share of the categories' sum: exact, rounded to 2 decimals, and as printed. */
public record EconomicPercentage(String name, BigDecimal amount, BigDecimal exactPercent, String printedPercent) {

    public BigDecimal percent() {
        return Decimals.rate2(exactPercent);
    }

    /** True when nothing is printed, or the printed figure equals the computed one rounded to its own decimals. */
    public boolean printedAgrees() {
        Optional<BigDecimal> printed = Decimals.parsePercent(printedPercent);
        return printed.map(p -> Decimals.printedPercentAgrees(p, exactPercent)).orElse(printedPercent == null);
    }
}
