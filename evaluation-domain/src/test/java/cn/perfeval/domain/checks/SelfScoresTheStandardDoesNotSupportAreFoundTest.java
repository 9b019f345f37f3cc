package cn.perfeval.domain.checks;

import cn.perfeval.domain.scoring.IndicatorScore;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.support.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: self-scores no outcome of the standard makes, and self-scores above what the rules compute. */
class SelfScoresTheStandardDoesNotSupportAreFoundTest {

    private static List<Finding> about(Scenario s, String code) {
        return new ConsistencyChecker().check(s.evaluation(), s.template()).stream()
                .filter(f -> f.fieldPath().endsWith("['" + code + "']")).toList();
    }

    @Test
    void rectificationAtFourIsNotAnOutcomeOfItsStandard() {
        Scenario s = Scenario.seed().selfScore("2.2.5", "4");
        assertThat(about(s, "2.2.5")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_NOT_ALLOWED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("指标“2.2.5 重点绩效评价整改情况”自评4分不在评分标准的档次内：5、3、0");
            assertThat(f.fieldPath()).isEqualTo("$.scoreSheet.selfScores['2.2.5']");
        });
        assertThat(s.score("2.2.5").selfScoreNotAllowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "3", "0", "2.5"})
    void rectificationAtAnOutcomeOrWithinTheJudgedRangeIsSupported(String self) {
        Scenario s = Scenario.seed().selfScore("2.2.5", self);
        assertThat(about(s, "2.2.5")).isEmpty();
        assertThat(s.score("2.2.5").selfScoreNotAllowed()).isFalse();
    }

    @Test
    void aSumTheFourPartsOfIndicatorClarityCannotMakeIsAWarning() {
        Finding f = about(Scenario.seed().selfScore("1.1.2", "3.2"), "1.1.2").get(0);
        assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_NOT_ALLOWED);
        assertThat(f.message()).isEqualTo("指标“1.1.2 绩效指标明确性”自评3.2分不在评分标准的档次内：4、3.5、3、2.5、2、1.5、1、0.5、0");
        assertThat(about(Scenario.seed().selfScore("1.1.2", "3.5"), "1.1.2")).isEmpty();
    }

    @Test
    void aComputedScoreBelowTheSelfScoreWithAReasonIsAWarningQuotingBoth() {
        Scenario s = Scenario.seed().selfScore("2.1.2", "3").reason("2.1.2", "追加资金均为上级专项");
        assertThat(about(s, "2.1.2")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("指标“2.1.2 预算调整率”自评3分，按规则计算0分：①预算调整率 = |7270.51 − 3352.56| / 3352.56"
                    + " = 116.86% > 10%，计0分（填报理由：追加资金均为上级专项）");
        });
        assertThat(s.score("2.1.2").selfScoreAboveComputed()).isTrue();
        assertThat(s.score("2.1.2").support().highestByRules()).isEqualByComparingTo("0");
    }

    @Test
    void withoutAReasonTheSameSelfScoreIsOneErrorNotAlsoAWarning() {
        assertThat(about(Scenario.seed().selfScore("2.1.2", "3"), "2.1.2")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_NEEDS_REASON);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("3分").contains("0分");
        });
    }

    @Test
    void aSelfScoreBelowTheComputedOneWithAReasonIsFine() {
        assertThat(about(Scenario.seed().selfScore("2.1.4", "1.85").reason("2.1.4", "一笔接待费待核"), "2.1.4")).isEmpty();
    }

    @Test
    void theAnswersGivenBoundTheSelfScoreBeforeEveryPartIsAnswered() {
        Scenario s = Scenario.seed().input("1.1.1", "matchesDuties", false);
        assertThat(about(s.selfScore("1.1.1", "2"), "1.1.1")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
            assertThat(f.message()).isEqualTo("指标“1.1.1 绩效目标合理性”自评2分，按已填答的评分项最多可得1.5分：②与部门职责密切相关：否，计0分；①、③未填答，按满分计");
        });
        assertThat(about(s.selfScore("1.1.1", "1.5"), "1.1.1")).isEmpty();
    }

    @Test
    void anAnsweredRectificationDecidesTheScore() {
        Scenario s = Scenario.seed().choice("2.2.5", "rectification", "PARTLY_RECTIFIED").selfScore("2.2.5", "5").reason("2.2.5", "已基本整改");
        assertThat(about(s, "2.2.5")).extracting(Finding::code).containsExactly(ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
    }

    @Test
    void aSelfScoreAboveTheRulesAndOffTheStandardIsOneFindingSayingBoth() {
        Scenario s = Scenario.seed().choice("2.2.5", "rectification", "PARTLY_RECTIFIED").selfScore("2.2.5", "4").reason("2.2.5", "已基本整改");
        assertThat(about(s, "2.2.5")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ConsistencyChecker.SELF_SCORE_ABOVE_COMPUTED);
            assertThat(f.message()).contains("按规则计算3分").contains("且自评4分不在评分标准的档次内：5、3、0");
        });
    }

    @Test
    void noneOfTheSeedsTwentyFourSelfScoresIsUnsupported() {
        Scenario seed = Scenario.seed();
        ScoreResult result = new ScoringEngine().score(seed.evaluation(), seed.template());
        assertThat(result.indicators()).hasSize(24).allSatisfy(i -> {
            assertThat(i.selfScoreNotAllowed()).as(i.code()).isFalse();
            assertThat(i.selfScoreAboveComputed()).as(i.code()).isFalse();
        });
        IndicatorScore staff = result.indicator("1.2.1").orElseThrow();
        assertThat(staff.support().highestByRules()).as("① scored 2 from Attachment 1, ② open at 2").isEqualByComparingTo("4");
    }
}
