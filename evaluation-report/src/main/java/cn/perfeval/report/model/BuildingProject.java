package cn.perfeval.report.model;

import java.math.BigDecimal;

/** 楼堂馆所控制情况 (a project completed in the year): areas in ㎡, investment in 万元; control rates computed. */
public record BuildingProject(String name, BigDecimal approvedArea, BigDecimal actualArea,
                              BigDecimal budgetedInvestment, BigDecimal actualInvestment) {

    public BuildingProject {
        name = Texts.clean(name);
    }

    /** 规模控制率 = 实际规模 / 批复规模. */
    public String areaControlRateText() {
        return Percent.format(Percent.of(actualArea, approvedArea));
    }

    /** 投资概算控制率 = 实际投资 / 预算投资. */
    public String investmentControlRateText() {
        return Percent.format(Percent.of(actualInvestment, budgetedInvestment));
    }

    public String approvedAreaText() {
        return Numbers.amount(approvedArea);
    }

    public String actualAreaText() {
        return Numbers.amount(actualArea);
    }

    public String budgetedInvestmentText() {
        return Numbers.amount(budgetedInvestment);
    }

    public String actualInvestmentText() {
        return Numbers.amount(actualInvestment);
    }
}
