package cn.perfeval.domain.checks;

import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.support.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyChecksNameBothFiguresTest {

    private List<Finding> check(Scenario s) {
        return new ConsistencyChecker().check(s.evaluation(), s.template());
    }

    private Finding only(List<Finding> findings, String code) {
        assertThat(findings).extracting(Finding::code).contains(code);
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void threePublicExpensesThatDoNotAddUpAreAnError() {
        Finding f = only(check(Scenario.seed().row(ExpenseRow.THREE_PUBLIC_EXPENSES, Cell.of("5.7"), Cell.of("7.94"), Cell.of("4.6"))),
                ConsistencyChecker.A1_THREE_PUBLIC_SUM);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("7.94").contains("6.94");
        assertThat(f.fieldPath()).isEqualTo("$.basicData.expenseControl.threePublicExpenses.currentBudget");
    }

    @Test
    void aSubItemAboveItsParentIsAnError() {
        Finding f = only(check(Scenario.seed().row(ExpenseRow.OFFICE_EXPENSES, Cell.of("20.6"), Cell.of("28"), Cell.of("140"))),
                ConsistencyChecker.A1_SUBITEM_EXCEEDS_PARENT);
        assertThat(f.message()).contains("140").contains("131.8");
    }

    @Test
    void aSelfScoreDifferentFromTheComputedOneNeedsAReason() {
        Scenario s = Scenario.seed().selfScore("2.1.4", "1.5");
        Finding f = only(check(s), ConsistencyChecker.SELF_SCORE_NEEDS_REASON);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("1.5").contains("2");
        assertThat(f.fieldPath()).isEqualTo("$.scoreSheet.reasons['2.1.4']");
        assertThat(check(s.reason("2.1.4", "三公经费有一笔待核"))).extracting(Finding::code)
                .doesNotContain(ConsistencyChecker.SELF_SCORE_NEEDS_REASON);
    }

    @Test
    void aSelfScoreAboveItsWeightEditedElsewhereIsAnError() {
        Finding f = only(check(Scenario.seed().selfScore("1.1.1", "3")), ConsistencyChecker.SELF_SCORE_OUT_OF_RANGE);
        assertThat(f.fieldPath()).isEqualTo("$.scoreSheet.selfScores['1.1.1']");
    }

    @Test
    void threePublicExpensesAboveThePriorYearAreAWarning() {
        Finding f = only(check(Scenario.seed().row(ExpenseRow.THREE_PUBLIC_EXPENSES, Cell.of("3"), Cell.of("6.94"), Cell.of("4.6"))),
                ConsistencyChecker.A1_THREE_PUBLIC_OVER_PRIOR_YEAR);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void figuresAgreeWithinHalfAUnitOfTheLessPreciseOne() {
        assertThat(Decimals.agreeWithinPrinting(new BigDecimal("7270.5"), new BigDecimal("7270.51"))).isTrue();
        assertThat(Decimals.agreeWithinPrinting(new BigDecimal("5510.6"), new BigDecimal("5510.63"))).isTrue();
        assertThat(Decimals.agreeWithinPrinting(new BigDecimal("5510.6"), new BigDecimal("5510.66"))).isFalse();
        assertThat(Decimals.agreeWithinPrinting(new BigDecimal("222"), new BigDecimal("222.5"))).isTrue();
        assertThat(Decimals.agreeWithinPrinting(new BigDecimal("222.0"), new BigDecimal("222.5"))).isFalse();
        assertThat(Decimals.printedPercentAgrees(new BigDecimal("82.7"), new BigDecimal("82.6923"))).isTrue();
        assertThat(Decimals.printedPercentAgrees(new BigDecimal("82.69"), new BigDecimal("82.6923"))).isTrue();
        assertThat(Decimals.printedPercentAgrees(new BigDecimal("82.6"), new BigDecimal("82.6923"))).isFalse();
    }
}
