package cn.perfeval.domain.report;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.util.List;

/**
 * The expenditure figures the report states (万元). Any amount may be null when the report does not state it.
 * {@code basicByEconomic} splits basic expenditure into personnel and public operating expenses.
 */
public record Expenditure(BigDecimal total,
                          BigDecimal basic,
                          BigDecimal project,
                          BasicByEconomic basicByEconomic,
                          List<NamedAmount> byFunction,
                          List<NamedAmount> projectByFunction,
                          List<EconomicShare> projectByEconomic,
                          BigDecimal threePublicExpensesFinal,
                          Integer officialVehiclesKept) {

    public static final Expenditure NONE = new Expenditure(null, null, null, BasicByEconomic.NONE, List.of(), List.of(), List.of(), null, null);

    public Expenditure {
        basicByEconomic = basicByEconomic == null ? BasicByEconomic.NONE : basicByEconomic;
        byFunction = byFunction == null ? List.of() : List.copyOf(byFunction);
        projectByFunction = projectByFunction == null ? List.of() : List.copyOf(projectByFunction);
        projectByEconomic = projectByEconomic == null ? List.of() : List.copyOf(projectByEconomic);
    }

    public record BasicByEconomic(BigDecimal personnel, BigDecimal publicOperating) {
        public static final BasicByEconomic NONE = new BasicByEconomic(null, null);
    }

    public BigDecimal projectByEconomicSum() {
        return Decimals.sum(projectByEconomic.stream().map(EconomicShare::amount).toList());
    }

    /** Each economic category's share of the categories' sum, beside the printed percentage; empty when the sum is 0. */
    public List<EconomicPercentage> economicPercentages() {
        BigDecimal sum = projectByEconomicSum();
        if (sum.signum() == 0) {
            return List.of();
        }
        return projectByEconomic.stream()
                .map(e -> new EconomicPercentage(e.name(), e.amount(), Decimals.percent(e.amount(), sum).orElseThrow(), e.printedPercent()))
                .toList();
    }
}
