package cn.perfeval.domain.basicdata;

import java.util.Objects;

/** 楼堂馆所控制情况, one project completed in the year: area in ㎡, investment in 万元, printed rates as on the form (may be null). */
public record BuildingProject(String name,
                              Cell approvedArea,
                              Cell actualArea,
                              String printedAreaControlRate,
                              Cell budgetedInvestment,
                              Cell actualInvestment,
                              String printedInvestmentControlRate) {

    public BuildingProject {
        Objects.requireNonNull(approvedArea);
        Objects.requireNonNull(actualArea);
        Objects.requireNonNull(budgetedInvestment);
        Objects.requireNonNull(actualInvestment);
    }

    public DerivedRate areaControlRate() {
        return DerivedRate.of("规模控制率", actualArea, "实际规模", approvedArea, "批复规模");
    }

    public DerivedRate investmentControlRate() {
        return DerivedRate.of("投资概算控制率", actualInvestment, "实际投资", budgetedInvestment, "预算投资");
    }
}
