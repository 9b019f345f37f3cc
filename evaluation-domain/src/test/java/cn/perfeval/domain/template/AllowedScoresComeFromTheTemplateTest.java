package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.support.ChangedDocuments;
import cn.perfeval.domain.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each part kind implies the scores it can give; a template may declare them per part or per indicator, or a judged step. */
class AllowedScoresComeFromTheTemplateTest {

    private final TemplateCodec codec = new TemplateCodec();

    private TemplateImport readChanged(Consumer<ObjectNode> change) {
        return ChangedDocuments.yuhuaWith(change);
    }

    private static ObjectNode leaf(ObjectNode root, int a, int b, int c) {
        return ChangedDocuments.indicator(root, a, b, c);
    }

    private static ObjectNode part(ObjectNode leaf, int i) {
        return (ObjectNode) leaf.get("rule").get("parts").get(i);
    }

    @Test
    void eachKindImpliesItsOutcomes() {
        IndicatorTemplate t = BuiltInTemplates.yuhua2020();
        assertThat(t.leaf("1.1.1").orElseThrow().rule().allowedScores().describe()).isEqualTo("2、1.5、1、0.5、0");
        assertThat(t.leaf("2.1.2").orElseThrow().rule().allowedScores().describe()).isEqualTo("3、1.5、0");
        assertThat(t.leaf("1.2.1").orElseThrow().rule().allowedScores().describe()).isEqualTo("0至4分之间以0.2分为单位");
        assertThat(t.leaf("2.1.4").orElseThrow().rule().allowedScores().describe()).isEqualTo("2、1.85、1.7、1.55、1.4、1.25…0.05、0（共15个分值）");
        assertThat(t.leaf("2.2.2").orElseThrow().rule().allowedScores().describe()).isEqualTo("0至6分之间以0.2分为单位");
        assertThat(t.leaf("2.2.4").orElseThrow().rule().allowedScores().describe()).isEqualTo("4、3、2、1、0");
        assertThat(t.leaf("2.2.5").orElseThrow().rule().allowedScores().describe())
                .isEqualTo("5、3、0；“问题未整改但有整改情况说明”时0至3分酌情");
        assertThat(t.leaf("3.1.1").orElseThrow().rule().allowedScores().describe()).isEqualTo("0至7分之间的任意分值");
        assertThat(t.leaf("2.2.1").orElseThrow().rule().allowedScores().isContinuous()).isTrue();
    }

    @Test
    void anIndicatorMayDeclareItsScoresAndAJudgedPartItsStep() {
        IndicatorTemplate t = readChanged(root -> {
            leaf(root, 1, 1, 4).putArray("allowedScores").add(5).add(3).add(0);
            part(leaf(root, 3, 0, 0), 0).put("step", new BigDecimal("0.5"));
            part(leaf(root, 1, 1, 0), 2).putArray("allowedScores").add(1).add(0);
        }).orElseThrow();
        assertThat(t.leaf("2.2.5").orElseThrow().rule().allowedScores().describe()).isEqualTo("5、3、0");
        assertThat(t.leaf("4.1.1").orElseThrow().rule().allowedScores().describe()).isEqualTo("5、4.5、4、3.5、3、2.5、2、1.5、1、0.5、0");
        assertThat(Scenario.seedWith(t).selfScore("4.1.1", "4.3").score("4.1.1").selfScoreNotAllowed()).isTrue();
        assertThat(Scenario.seedWith(t).selfScore("2.2.5", "2.5").score("2.2.5").selfScoreNotAllowed()).isTrue();
        Rule management = t.leaf("2.2.1").orElseThrow().rule();
        assertThat(management.allowedScores(management.parts().get(2)).describe()).isEqualTo("1、0");
        assertThat(management.allowedScores(management.parts().get(2)).allows(new BigDecimal("0.8"))).isFalse();
        assertThat(codec.read(codec.write(t)).orElseThrow()).isEqualTo(t);
    }

    @Test
    void declarationsMustFitThePointsTheyDescribe() {
        TemplateImport result = readChanged(root -> {
            leaf(root, 1, 1, 4).putArray("allowedScores").add(4).add(3.125);
            part(leaf(root, 3, 0, 0), 0).put("step", new BigDecimal("0.3"));
            ((ObjectNode) root.get("indicators").get(0)).putArray("allowedScores").add(10);
        });
        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.indicators[1].children[1].children[4].allowedScores[1]",
                "$.indicators[1].children[1].children[4].allowedScores",
                "$.indicators[3].children[0].children[0].rule.parts[0].step",
                "$.indicators[0].allowedScores");
    }

    @Test
    void sumsOfPartsAreEverySumOfOneOutcomeEach() {
        AllowedScores a = AllowedScores.of(BigDecimal.ZERO, BigDecimal.ONE).plus(AllowedScores.deductions(new BigDecimal("0.5"), new BigDecimal("0.2")));
        assertThat(a.values()).extracting(BigDecimal::toPlainString).containsExactly("1.50", "1.30", "1.10", "1.00", "0.50", "0.30", "0.10", "0.00");
        assertThat(a.allows(new BigDecimal("1.3"))).isTrue();
        assertThat(a.allows(new BigDecimal("1.2"))).isFalse();
        assertThat(a.allows(new BigDecimal("1.301"))).isFalse();
    }
}
