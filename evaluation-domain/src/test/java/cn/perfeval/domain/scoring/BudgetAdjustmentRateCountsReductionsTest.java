package cn.perfeval.domain.scoring;

import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.support.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** 2.1.2 预算调整率: 追减 counts like 追加 of the same size, and the rate is never negative. */
class BudgetAdjustmentRateCountsReductionsTest {

    @Property(tries = 200)
    void aReductionScoresLikeAnIncreaseOfTheSameSize(@ForAll("budgets") BigDecimal budget, @ForAll("shares") BigDecimal share,
                                                     @ForAll("changes") BigDecimal exempt) {
        BigDecimal change = budget.multiply(share).setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal up = score(budget, budget.add(change), exempt);
        BigDecimal down = score(budget, budget.subtract(change), exempt);
        assertThat(down).isEqualByComparingTo(up);
        assertThat(up).isBetween(BigDecimal.ZERO, new BigDecimal("3"));
    }

    @Property(tries = 200)
    void theRateShownIsNeverNegative(@ForAll("budgets") BigDecimal budget, @ForAll("budgets") BigDecimal finalAmount,
                                     @ForAll("changes") BigDecimal exempt) {
        IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, budget.toPlainString(), finalAmount.toPlainString())
                .input("2.1.2", "exemptAdjustments", exempt.toPlainString()).score("2.1.2");
        assertThat(s.parts().get(0).explanation()).doesNotContain("= -").doesNotContain("= −");
    }

    private static BigDecimal score(BigDecimal budget, BigDecimal finalAmount, BigDecimal exempt) {
        return Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, budget.toPlainString(), finalAmount.toPlainString())
                .input("2.1.2", "exemptAdjustments", exempt.toPlainString()).score("2.1.2").computedScore();
    }

    @Provide
    Arbitrary<BigDecimal> budgets() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2);
    }

    /** The change as a share of the budget, so a reduction never goes below 0. */
    @Provide
    Arbitrary<BigDecimal> shares() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> changes() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(2);
    }
}
