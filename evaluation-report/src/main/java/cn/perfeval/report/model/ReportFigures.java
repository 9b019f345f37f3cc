package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured figures of Attachment 3 (万元). Percentages of the project expenditure by economic category are
 * computed here (share of their sum, half-up, 2 decimals).
 */
public record ReportFigures(BigDecimal total, BigDecimal basic, BigDecimal project,
                            BigDecimal personnel, BigDecimal publicOperating,
                            List<Amount> byFunction, List<Amount> projectByFunction, List<Amount> projectByEconomic,
                            BigDecimal threePublicExpensesFinal, Integer officialVehiclesKept,
                            StaffingFacts staffingFacts) {

    public ReportFigures {
        byFunction = byFunction == null ? List.of() : List.copyOf(byFunction);
        projectByFunction = projectByFunction == null ? List.of() : List.copyOf(projectByFunction);
        projectByEconomic = withShares(projectByEconomic == null ? List.of() : projectByEconomic);
    }

    private static List<Amount> withShares(List<Amount> items) {
        BigDecimal sum = items.stream().map(Amount::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Amount> out = new ArrayList<>(items.size());
        for (Amount a : items) {
            out.add(new Amount(a.label(), a.amount(), Percent.of(a.amount(), sum)));
        }
        return List.copyOf(out);
    }

    public BigDecimal byFunctionSum() {
        return sum(byFunction);
    }

    public BigDecimal projectByFunctionSum() {
        return sum(projectByFunction);
    }

    public BigDecimal projectByEconomicSum() {
        return sum(projectByEconomic);
    }

    public boolean hasExpenditure() {
        return total != null || basic != null || project != null;
    }

    private static BigDecimal sum(List<Amount> l) {
        return l.stream().map(Amount::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static String text(BigDecimal v) {
        return Numbers.amount(v);
    }

    public String totalText() {
        return Numbers.amount(total);
    }

    public String basicText() {
        return Numbers.amount(basic);
    }

    public String projectText() {
        return Numbers.amount(project);
    }

    public String personnelText() {
        return Numbers.amount(personnel);
    }

    public String publicOperatingText() {
        return Numbers.amount(publicOperating);
    }

    public String threePublicExpensesFinalText() {
        return Numbers.amount(threePublicExpensesFinal);
    }

    public String projectByEconomicSumText() {
        return Numbers.amount(projectByEconomicSum());
    }
}
