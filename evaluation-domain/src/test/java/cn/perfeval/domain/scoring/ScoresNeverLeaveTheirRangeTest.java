package cn.perfeval.domain.scoring;

import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.support.Scenario;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.InputSpec;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.TemplateCodec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the inputs, no part goes below 0 and no indicator leaves [0, weight]. */
class ScoresNeverLeaveTheirRangeTest {

    private static final List<IndicatorTemplate> TEMPLATES = List.of(BuiltInTemplates.yuhua2020(),
            new TemplateCodec().read(Fixtures.text("/templates/hunan-style-test.json")).orElseThrow());

    @Property(tries = 150)
    void everyComputedScoreStaysWithinItsWeight(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b,
                                                @ForAll("amounts") BigDecimal c, @ForAll("amounts") BigDecimal d,
                                                @ForAll long seed, @ForAll("templateIndex") int t) {
        IndicatorTemplate template = TEMPLATES.get(t);
        Scenario s = Scenario.seedWith(template).headcount(a.setScale(0, java.math.RoundingMode.DOWN).toPlainString(),
                        b.setScale(0, java.math.RoundingMode.DOWN).add(BigDecimal.ONE).toPlainString())
                .row(ExpenseRow.THREE_PUBLIC_EXPENSES, b.add(BigDecimal.ONE).toPlainString(), c.toPlainString())
                .row(ExpenseRow.BUDGET_ADJUSTMENT, c.add(BigDecimal.ONE).toPlainString(), d.toPlainString())
                .row(ExpenseRow.GOVERNMENT_PROCUREMENT, a.toPlainString(), d.toPlainString());
        Random random = new Random(seed);
        for (Indicator leaf : template.leaves()) {
            for (InputSpec in : leaf.rule().inputs()) {
                switch (in.type()) {
                    case YES_NO -> s.input(leaf.code(), in.name(), random.nextBoolean());
                    case COUNT -> s.input(leaf.code(), in.name(), Integer.toString(random.nextInt(40)));
                    case AMOUNT, PERCENT -> s.input(leaf.code(), in.name(), BigDecimal.valueOf(random.nextInt(200_000), 2).toPlainString());
                    case SCORE -> s.input(leaf.code(), in.name(), leaf.rule().scoreMax(in.name()).orElseThrow()
                            .multiply(BigDecimal.valueOf(random.nextInt(101), 2)).toPlainString());
                    case CHOICE -> {
                        List<String> choices = leaf.rule().choices(in.name());
                        s.choice(leaf.code(), in.name(), choices.get(random.nextInt(choices.size())));
                    }
                    case TEXT -> s.choice(leaf.code(), in.name(), "说明");
                }
            }
        }
        Evaluation e = s.evaluation();
        ScoreResult result = new ScoringEngine().score(e, template);
        // every input is answered, so nearly every leaf must compute; a range check over nothing proves nothing
        long computed = result.indicators().stream().filter(i -> i.computedScore() != null).count();
        assertThat(computed).as("leaves with a computed score").isGreaterThanOrEqualTo(template.leaves().size() * 3L / 4);
        for (IndicatorScore score : result.indicators()) {
            score.parts().forEach(p -> {
                if (p.isComputed()) {
                    assertThat(p.computedScore()).as(score.code() + p.label()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                }
            });
            if (score.computedScore() != null) {
                assertThat(score.computedScore()).as(score.code()).isBetween(BigDecimal.ZERO, score.weight());
                assertThat(score.computedScore().scale()).isEqualTo(2);
            }
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    }

    @Provide
    Arbitrary<Integer> templateIndex() {
        return Arbitraries.integers().between(0, TEMPLATES.size() - 1);
    }
}
