package cn.perfeval.domain.scoring;

import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.support.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule kind at and around its bounds, with the yuhua-2020 template's parameters. */
class RuleKindBoundariesTest {

    @Nested
    class StaffControlRateLosesPointsPerWholePercentOver {
        @ParameterizedTest(name = "{0} of {1} → {2}")
        @CsvSource({
                "10000, 10000, 2.00",   // 100.00%
                "10099, 10000, 2.00",   // 100.99%: not a whole point over
                "10100, 10000, 1.80",   // 101.00%
                "10150, 10000, 1.80",   // 101.50%: one whole point
                "110, 100, 0.00",       // 110%: ten points, 2 − 2 = 0
                "120, 100, 0.00",       // floored at 0
                "43, 52, 2.00"})
        void partOne(String actual, String authorized, String points) {
            PartScore part = Scenario.seed().headcount(actual, authorized).score("1.2.1").part("①").orElseThrow();
            assertThat(part.computedScore()).isEqualByComparingTo(points);
        }

        @Test
        void explanationShowsTheWholePointsDeducted() {
            PartScore part = Scenario.seed().headcount("10150", "10000").score("1.2.1").part("①").orElseThrow();
            assertThat(part.explanation()).isEqualTo(
                    "在职人员控制率 = 10150 / 10000 = 101.50%，超出100%1.5个百分点，按1个整百分点扣分，扣1 × 0.2 = 0.2分，计1.8分");
        }

        @Test
        void zeroAuthorizedHeadcountCannotBeComputed() {
            PartScore part = Scenario.seed().headcount("3", "0").score("1.2.1").part("①").orElseThrow();
            assertThat(part.isComputed()).isFalse();
        }
    }

    @Nested
    class BudgetAdjustmentRateBands {
        @ParameterizedTest(name = "adjustment {1} on 10000 → {2}")
        @CsvSource({
                "10000, 10000, 3.00",   // 0%
                "10000, 10499, 3.00",   // 4.99%
                "10000, 10500, 1.50",   // 5%: inclusive lower bound of the middle band
                "10000, 11000, 1.50",   // 10%: inclusive upper bound
                "10000, 11001, 0.00",   // 10.01%
                "3352.56, 7270.51, 0.00"})
        void rateBands(String budget, String finalAmount, String points) {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, budget, finalAmount).score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo(points);
        }

        @Test
        void exemptAdjustmentsAreSubtracted() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, "10000", "11500")
                    .input("2.1.2", "exemptAdjustments", "1100").score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo("3");
            assertThat(s.parts().get(0).explanation()).isEqualTo("预算调整率 = (|11500 − 10000| − 1100) / 10000 = 4.00% < 5%，计3分");
        }

        /** 预算调整数 includes 追减: a final amount below the budget is an adjustment of the same size. */
        @ParameterizedTest(name = "final {1} on budget {0} → {2} points")
        @CsvSource({
                "10000, 8000, 0.00",    // 20% below
                "10000, 9501, 3.00",    // 4.99% below
                "10000, 9500, 1.50",    // 5% below: inclusive lower bound of the middle band
                "10000, 9000, 1.50",    // 10% below: inclusive upper bound
                "10000, 8999, 0.00",    // 10.01% below
                "7270.51, 3352.56, 0.00"})
        void reductionsCountAsAdjustments(String budget, String finalAmount, String points) {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, budget, finalAmount).score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo(points);
        }

        @Test
        void aReductionShowsItsAbsoluteSize() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, "10000", "8000").score("2.1.2");
            assertThat(s.parts().get(0).explanation()).isEqualTo("预算调整率 = |8000 − 10000| / 10000 = 20.00% > 10%，计0分");
        }

        @Test
        void exemptAdjustmentsAreSubtractedFromAReductionToo() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, "10000", "8000")
                    .input("2.1.2", "exemptAdjustments", "1600").score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo("3");
            assertThat(s.parts().get(0).explanation()).isEqualTo("预算调整率 = (|8000 − 10000| − 1600) / 10000 = 4.00% < 5%，计3分");
        }

        @Test
        void exemptAdjustmentsLargerThanTheChangeGiveARateOfZeroNotBelow() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, "10000", "9000")
                    .input("2.1.2", "exemptAdjustments", "1500").score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo("3");
            assertThat(s.parts().get(0).explanation())
                    .isEqualTo("预算调整率 = (|9000 − 10000| − 1500，小于0按0计) / 10000 = 0.00% < 5%，计3分");
        }

        @Test
        void exemptAdjustmentsEqualToTheChangeGiveZero() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, "10000", "11000")
                    .input("2.1.2", "exemptAdjustments", "1000").score("2.1.2");
            assertThat(s.computedScore()).isEqualByComparingTo("3");
            assertThat(s.parts().get(0).explanation()).isEqualTo("预算调整率 = (|11000 − 10000| − 1000) / 10000 = 0.00% < 5%，计3分");
        }

        @Test
        void blankBudgetSaysWhatIsMissing() {
            IndicatorScore s = Scenario.seed().row(ExpenseRow.BUDGET_ADJUSTMENT, Cell.notApplicable(), Cell.blank(), Cell.of("7270.51")).score("2.1.2");
            assertThat(s.computedScore()).isNull();
            assertThat(s.flagged()).isTrue();
            assertThat(s.missing()).containsExactly("附件1“部门整体支出预算调整”本年预算数");
            assertThat(s.parts().get(0).explanation()).isEqualTo("预算调整率无法计算：缺少附件1“部门整体支出预算调整”本年预算数");
        }
    }

    @Nested
    class ThreePublicExpensesLose015PerWholePointOver {
        @ParameterizedTest(name = "{1} of {0} → {2}")
        @CsvSource({"100, 100, 2.00", "100, 100.99, 2.00", "100, 101.5, 1.85", "100, 110, 0.50", "100, 114, 0.00", "100, 200, 0.00"})
        void deductions(String budget, String actual, String points) {
            assertThat(Scenario.seed().row(ExpenseRow.THREE_PUBLIC_EXPENSES, budget, actual).score("2.1.4").computedScore())
                    .isEqualByComparingTo(points);
        }
    }

    @Nested
    class ProcurementDeviationCountsEitherSide {
        @ParameterizedTest(name = "{1} of {0} → {2}")
        @CsvSource({"100, 100, 1.00", "100, 100.99, 1.00", "100, 99.01, 1.00", "100, 98.5, 0.90", "100, 103, 0.70", "100, 80, 0.00"})
        void deviation(String budget, String actual, String points) {
            PartScore part = Scenario.seed().row(ExpenseRow.GOVERNMENT_PROCUREMENT, budget, actual).score("2.1.5").part("①").orElseThrow();
            assertThat(part.computedScore()).isEqualByComparingTo(points);
        }

        @Test
        void noProcurementBudgetAndNoProcurementGivesFullPointsWithANote() {
            PartScore part = Scenario.seed().row(ExpenseRow.GOVERNMENT_PROCUREMENT, "0", "0").score("2.1.5").part("①").orElseThrow();
            assertThat(part.computedScore()).isEqualByComparingTo("1");
            assertThat(part.explanation()).contains("本年无政府采购预算");
        }
    }

    @Nested
    class QuarterlyPaymentProgressSumsWholePointsUnderTarget {
        @Test
        void onTargetEveryQuarterKeepsFullPoints() {
            assertThat(progress("20", "50", "80")).isEqualByComparingTo("2");
        }

        @Test
        void pointsUnderAreSummedOverTheQuarters() {
            // 18.5 → 1 point, 47 → 3 points, 79.01 → 0 points
            assertThat(progress("18.5", "47", "79.01")).isEqualByComparingTo("1.2");
        }

        @Test
        void deductionsStopAtZero() {
            assertThat(progress("0", "0", "0")).isEqualByComparingTo("0");
        }

        private java.math.BigDecimal progress(String q1, String q2, String q3) {
            return Scenario.seed()
                    .input("2.1.1", "q1Executed", q1).input("2.1.1", "q1Issued", "100")
                    .input("2.1.1", "q2Executed", q2).input("2.1.1", "q2Issued", "100")
                    .input("2.1.1", "q3Executed", q3).input("2.1.1", "q3Issued", "100")
                    .score("2.1.1").part("②").orElseThrow().computedScore();
        }
    }

    @Nested
    class BudgetCompletionBands {
        @ParameterizedTest(name = "{0}% → {1}")
        @CsvSource({"100, 2.00", "95, 2.00", "94.99, 1.50", "90, 1.50", "89.99, 1.00", "80, 1.00", "79.99, 0.00"})
        void bands(String completed, String points) {
            PartScore part = Scenario.seed().input("2.1.1", "budgetCompleted", completed).input("2.1.1", "budgetTotal", "100")
                    .score("2.1.1").part("①").orElseThrow();
            assertThat(part.computedScore()).isEqualByComparingTo(points);
        }
    }

    @Nested
    class CountBandsOfQuantifiedIndicators {
        @ParameterizedTest(name = "n={0}, m={1} → ② {2}, ③ {3}")
        @CsvSource({"0, 0, 0, 0", "1, 1, 0, 0", "2, 2, 0.5, 0.5", "3, 3, 1, 0.5", "4, 4, 1, 1", "9, 9, 1, 1"})
        void bands(String n, String m, String partTwo, String partThree) {
            IndicatorScore s = Scenario.seed().input("1.1.2", "quantifiedIndicators", n).input("1.1.2", "indicatorsMatchingTasks", m).score("1.1.2");
            assertThat(s.part("②").orElseThrow().computedScore()).isEqualByComparingTo(partTwo);
            assertThat(s.part("③").orElseThrow().computedScore()).isEqualByComparingTo(partThree);
        }
    }

    @Nested
    class ChecklistGivesEachItemItsPoints {
        @Test
        void allYes() {
            IndicatorScore s = Scenario.seed().input("1.1.1", "compliesWithLawAndPlans", true).input("1.1.1", "matchesDuties", true)
                    .input("1.1.1", "matchesDevelopmentPlan", true).score("1.1.1");
            assertThat(s.computedScore()).isEqualByComparingTo("2");
            assertThat(s.flagged()).isFalse();
        }

        @Test
        void aNoGivesNothingForThatItem() {
            IndicatorScore s = Scenario.seed().input("1.1.1", "compliesWithLawAndPlans", true).input("1.1.1", "matchesDuties", false)
                    .input("1.1.1", "matchesDevelopmentPlan", true).score("1.1.1");
            assertThat(s.computedScore()).isEqualByComparingTo("1.5");
            assertThat(s.part("②").orElseThrow().explanation()).isEqualTo("与部门职责密切相关：否，计0分");
        }

        @Test
        void selfScoreDifferentFromComputedWithoutReasonIsFlagged() {
            Scenario sc = Scenario.seed().input("1.1.1", "compliesWithLawAndPlans", true).input("1.1.1", "matchesDuties", false)
                    .input("1.1.1", "matchesDevelopmentPlan", true);
            assertThat(sc.score("1.1.1").flagged()).isTrue();
            assertThat(sc.reason("1.1.1", "单位职责文件已更新").score("1.1.1").flagged()).isFalse();
        }
    }

    @Nested
    class CaseDeductionsWithAVeto {
        private Scenario clean() {
            Scenario s = Scenario.seed();
            for (String n : new String[] {"financeRegulationCases", "approvalProcedureCases", "collectiveDecisionCases", "purposeCases",
                    "misappropriationCases", "fraudulentClaimCases"}) {
                s.input("2.2.2", n, "0");
            }
            return s.input("2.2.2", "especiallySerious", false);
        }

        @Test
        void noCasesGiveFullPoints() {
            assertThat(clean().score("2.2.2").computedScore()).isEqualByComparingTo("6");
        }

        @Test
        void eachCaseCosts02FlooredAtZero() {
            IndicatorScore s = clean().input("2.2.2", "financeRegulationCases", "2").input("2.2.2", "purposeCases", "7").score("2.2.2");
            assertThat(s.part("①").orElseThrow().computedScore()).isEqualByComparingTo("0.6");
            assertThat(s.part("④").orElseThrow().computedScore()).isEqualByComparingTo("0");
            assertThat(s.computedScore()).isEqualByComparingTo("4.6");
        }

        @Test
        void oneCaseOfMisappropriationZeroesTheWholeIndicator() {
            assertThat(clean().input("2.2.2", "misappropriationCases", "1").score("2.2.2").computedScore()).isEqualByComparingTo("0");
        }

        @Test
        void aVetoZeroesTheIndicatorEvenWhenOtherInputsAreMissing() {
            IndicatorScore s = Scenario.seed().input("2.2.2", "fraudulentClaimCases", "1").score("2.2.2");
            assertThat(s.computedScore()).isEqualByComparingTo("0");
        }

        @Test
        void especiallySeriousForcesTheGradeToPoor() {
            Scenario s = clean().input("2.2.2", "especiallySerious", true);
            ScoreResult result = new ScoringEngine().score(s.evaluation(), s.template());
            assertThat(result.total()).isEqualByComparingTo("86.2");
            assertThat(result.grade().label()).isEqualTo("差");
            assertThat(result.gradeNote()).contains("特别严重");
        }
    }

    @Nested
    class Lookups {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"优, 4", "良, 3", "中, 2", "低, 1", "差, 0"})
        void previousReviewGradeGivesItsPoints(String grade, String points) {
            IndicatorScore s = Scenario.seed().choice("2.2.4", "previousReviewGrade", grade)
                    .choice("2.2.4", "previousReviewGradeSource", "平台2019年度财政局评审").score("2.2.4");
            assertThat(s.computedScore()).isEqualByComparingTo(points);
            assertThat(s.parts().get(0).explanation()).contains("来源：平台2019年度财政局评审");
        }

        @Test
        void unexplainedNonRectificationGivesNothingAndExplainedIsJudgedUpToThree() {
            assertThat(Scenario.seed().choice("2.2.5", "rectification", "NOT_RECTIFIED_UNEXPLAINED").score("2.2.5").computedScore())
                    .isEqualByComparingTo("0");
            assertThat(Scenario.seed().choice("2.2.5", "rectification", "NOT_RECTIFIED_EXPLAINED").score("2.2.5").computedScore()).isNull();
            assertThat(Scenario.seed().choice("2.2.5", "rectification", "NOT_RECTIFIED_EXPLAINED")
                    .input("2.2.5", "rectificationJudgedScore", "2.5").score("2.2.5").computedScore()).isEqualByComparingTo("2.5");
            IndicatorScore none = Scenario.seed().choice("2.2.5", "rectification", "NO_KEY_EVALUATION").score("2.2.5");
            assertThat(none.computedScore()).isEqualByComparingTo("5");
            assertThat(none.parts().get(0).explanation()).contains("上年度无重点绩效评价");
        }
    }

    @Nested
    class ProportionalToCompletion {
        @ParameterizedTest(name = "{1} of {0} → {2}")
        @CsvSource({"14, 14, 7", "14, 13, 6.5", "14, 0, 0", "14, 20, 7", "3, 1, 2.33"})
        void weightTimesShare(String planned, String completed, String points) {
            IndicatorScore s = Scenario.seed().input("3.1.1", "plannedTasks", planned).input("3.1.1", "completedTasks", completed).score("3.1.1");
            assertThat(s.computedScore()).isEqualByComparingTo(points);
        }
    }

    @Nested
    class JudgedScores {
        @Test
        void judgedScoreStandsWithItsJustificationAndEvidence() {
            IndicatorScore s = Scenario.seed().input("4.1.4", "judgedScore", "7").input("4.1.4", "surveyRate", "98.52")
                    .choice("4.1.4", "justification", "12345热线满意率98.52%").score("4.1.4");
            assertThat(s.computedScore()).isEqualByComparingTo("7");
            assertThat(s.flagged()).isFalse();
            assertThat(s.parts().get(0).explanation()).contains("98.52%").contains("理由：12345热线满意率98.52%");
        }
    }

    @Nested
    class ValueBands {
        @ParameterizedTest(name = "carry-over {0} → {1}")
        @CsvSource({"0, 2", "0.01, 0", "100, 0"})
        void carryOver(String amount, String points) {
            assertThat(Scenario.seed().input("2.1.3", "districtCarryOver", amount).score("2.1.3").computedScore()).isEqualByComparingTo(points);
        }

        @ParameterizedTest(name = "contract staff {0} of {1} approved → {2}")
        @CsvSource({"30, 32, 2", "32, 32, 2", "33, 32, 0"})
        void contractStaffWithinApproval(String used, String approved, String points) {
            IndicatorScore s = Scenario.seed().input("1.2.1", "contractStaffUsed", used).input("1.2.1", "contractStaffApproved", approved).score("1.2.1");
            assertThat(s.part("②").orElseThrow().computedScore()).isEqualByComparingTo(points);
            assertThat(s.computedScore()).isEqualByComparingTo(new java.math.BigDecimal(points).add(new java.math.BigDecimal("2")));
        }
    }
}
