package cn.perfeval.domain.template;

import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.support.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Hunan-style template (在职人员控制率 worth 8, 0.5 off per point over; 三公经费 0.1 per point) changes scores without code. */
class ASecondTemplateScoresDifferentlyTest {

    private final IndicatorTemplate hunan = new TemplateCodec().read(Fixtures.text("/templates/hunan-style-test.json")).orElseThrow();

    @Test
    void staffControlRateIsWorthSixPointsLosingHalfAPointPerWholePointOver() {
        assertThat(hunan.leaf("1.2.1").orElseThrow().weight()).isEqualByComparingTo("8");
        assertThat(Scenario.seedWith(hunan).headcount("43", "52").score("1.2.1").part("①").orElseThrow().computedScore())
                .isEqualByComparingTo("6");
        assertThat(Scenario.seedWith(hunan).headcount("10350", "10000").score("1.2.1").part("①").orElseThrow().computedScore())
                .isEqualByComparingTo("4.5");
        assertThat(Scenario.seed().headcount("10350", "10000").score("1.2.1").part("①").orElseThrow().computedScore())
                .isEqualByComparingTo("1.4");
    }

    @Test
    void threePublicExpensesLoseATenthPerWholePointOver() {
        assertThat(Scenario.seedWith(hunan).row(cn.perfeval.domain.basicdata.ExpenseRow.THREE_PUBLIC_EXPENSES, "100", "110")
                .score("2.1.4").computedScore()).isEqualByComparingTo("1");
    }

    @Test
    void gradeBandsComeFromTheTemplate() {
        ScoreResult result = new ScoringEngine().score(Fixtures.gaoqiao(), hunan);
        assertThat(result.total()).isEqualByComparingTo("86.2");
        assertThat(result.grade().label()).isEqualTo("优");
        assertThat(result.levelTotal("1")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9"));
    }
}
