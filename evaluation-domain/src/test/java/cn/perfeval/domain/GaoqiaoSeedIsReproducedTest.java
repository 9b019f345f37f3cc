package cn.perfeval.domain;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.checks.Severity;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.scoring.IndicatorScore;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.IndicatorTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything under the fixture's {@code expected} block, computed by the engine from the seed's data. */
class GaoqiaoSeedIsReproducedTest {

    private final JsonNode expected = Fixtures.gaoqiaoTree().get("expected");
    private final Evaluation seed = Fixtures.gaoqiao();
    private final IndicatorTemplate template = BuiltInTemplates.yuhua2020();
    private final ScoreResult result = new ScoringEngine().score(seed, template);

    @Test
    void selfScoreTotalAndGradeMatchTheSeed() {
        assertThat(result.total()).isEqualByComparingTo(expected.get("selfScoreTotal").decimalValue());
        assertThat(result.grade().label()).isEqualTo(expected.get("scoreGrade").stringValue());
        assertThat(result.selfScoresMissing()).isEmpty();
    }

    @Test
    void levelOneTotalsMatchTheSeed() {
        JsonNode levelOne = expected == null ? null : expected.get("levelOneSelfTotals");
        // an empty or missing expected block would let the loop below pass without comparing anything
        assertThat(levelOne).as("expected.levelOneSelfTotals").isNotNull();
        assertThat(levelOne.propertyNames()).containsExactlyInAnyOrderElementsOf(
                template.indicators().stream().map(i -> i.code()).toList());
        levelOne.properties().forEach(e ->
                assertThat(result.levelTotal(e.getKey())).as(e.getKey()).hasValueSatisfying(v ->
                        assertThat(v).isEqualByComparingTo(e.getValue().decimalValue())));
    }

    @Test
    void levelTwoTotalsAreThere() {
        assertThat(result.levelTotal("1.1")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(result.levelTotal("2.2")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16.8"));
    }

    @Test
    void derivedRatesMatchTheSeed() {
        JsonNode derived = expected.get("derived");
        assertThat(seed.basicData().staffControlRate().percent()).contains(derived.get("staffControlRatePercent").decimalValue());
        assertThat(seed.basicData().threePublicExpenseControlRate().percent()).contains(derived.get("threePublicControlRatePercent").decimalValue());
        assertThat(seed.basicData().budgetAdjustmentRate().percent()).contains(derived.get("budgetAdjustmentRatePercent").decimalValue());
    }

    @Test
    void staffControlPartScoresButTheIndicatorCannotBeComputed() {
        IndicatorScore staff = result.indicator("1.2.1").orElseThrow();
        assertThat(staff.part("①").orElseThrow().computedScore())
                .isEqualByComparingTo(expected.get("computedScores").get("1.2.1 part ①").decimalValue());
        assertThat(staff.part("①").orElseThrow().explanation()).isEqualTo("在职人员控制率 = 43 / 52 = 82.69% ≤ 100%，计2分");
        assertThat(staff.part("②").orElseThrow().isComputed()).isFalse();
        assertThat(staff.part("②").orElseThrow().missing()).isNotEmpty();
        assertThat(staff.computedScore()).isNull();
        assertThat(staff.flagged()).isTrue();
        assertThat(staff.selfScore()).isEqualByComparingTo("4");
        assertThat(staff.summary()).startsWith("无法计算：缺少");
    }

    @Test
    void budgetAdjustmentAndThreePublicExpensesAreComputed() {
        JsonNode computed = expected.get("computedScores");
        IndicatorScore adjustment = result.indicator("2.1.2").orElseThrow();
        assertThat(adjustment.computedScore()).isEqualByComparingTo(computed.get("2.1.2").decimalValue());
        assertThat(adjustment.parts().get(0).explanation()).isEqualTo("预算调整率 = |7270.51 − 3352.56| / 3352.56 = 116.86% > 10%，计0分");
        assertThat(adjustment.flagged()).isFalse();
        IndicatorScore three = result.indicator("2.1.4").orElseThrow();
        assertThat(three.computedScore()).isEqualByComparingTo(computed.get("2.1.4").decimalValue());
        assertThat(three.parts().get(0).explanation()).isEqualTo("“三公经费”控制率 = 4.6 / 6.94 = 66.28% ≤ 100%，计2分");
        assertThat(three.flagged()).isFalse();
    }

    @Test
    void indicatorsWithoutInputsKeepTheSelfScoreAndAreFlagged() {
        IndicatorScore goals = result.indicator("1.1.1").orElseThrow();
        assertThat(goals.computedScore()).isNull();
        assertThat(goals.flagged()).isTrue();
        assertThat(goals.missing()).isNotEmpty();
        assertThat(goals.selfScore()).isEqualByComparingTo("2");
    }

    @Test
    void exactlyTheTwoWarningsOfTheSeedAreFound() {
        List<Finding> findings = new ConsistencyChecker().check(seed, template);
        assertThat(findings).hasSize(expected.get("consistencyFindings").size());
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyInAnyOrder(ConsistencyChecker.STAFF_HEADCOUNT_MISMATCH, ConsistencyChecker.PROJECT_ROWS_BLANK);
        Finding headcount = findings.stream().filter(f -> f.code().equals(ConsistencyChecker.STAFF_HEADCOUNT_MISMATCH)).findFirst().orElseThrow();
        assertThat(headcount.message()).contains("43").contains("44");
        assertThat(headcount.fieldPath()).isEqualTo("$.basicData.staffing.actualHeadcount");
        Finding project = findings.stream().filter(f -> f.code().equals(ConsistencyChecker.PROJECT_ROWS_BLANK)).findFirst().orElseThrow();
        assertThat(project.message()).contains("5510.6");
        assertThat(project.fieldPath()).isEqualTo("$.basicData.expenseControl.projectExpenditure.currentFinal");
    }

    @Test
    void printedEconomicPercentagesAgreeWithTheComputedOnes() {
        assertThat(seed.report().economicPercentages()).hasSize(4).allMatch(p -> p.printedAgrees());
        assertThat(seed.report().expenditure().projectByEconomicSum()).isEqualByComparingTo(new BigDecimal("5510.63"));
    }
}
