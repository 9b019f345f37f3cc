package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInYuhuaTemplateMatchesTheSeedTest {

    private final IndicatorTemplate template = BuiltInTemplates.yuhua2020();

    @Test
    void codesNamesWeightsAndTextsEqualTheFixture() {
        JsonNode fixture = Json.MAPPER.readTree(Fixtures.text("/fixtures/yuhua-2020-template.json"));
        assertThat(template.code()).isEqualTo(fixture.get("code").stringValue());
        assertThat(template.name()).isEqualTo(fixture.get("name").stringValue());
        assertThat(template.year()).isEqualTo(fixture.get("year").intValue());
        assertThat(template.totalWeight()).isEqualByComparingTo(fixture.get("totalWeight").decimalValue());
        List<JsonNode> expected = new ArrayList<>();
        fixture.get("indicators").forEach(n -> flatten(n, expected));
        List<Indicator> actual = template.all();
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.size(); i++) {
            Indicator a = actual.get(i);
            JsonNode e = expected.get(i);
            assertThat(a.code()).isEqualTo(e.get("code").stringValue());
            assertThat(a.name()).as(a.code()).isEqualTo(e.get("name").stringValue());
            assertThat(a.weight()).as(a.code()).isEqualByComparingTo(e.get("weight").decimalValue());
            assertThat(a.scoringPoints()).as(a.code()).isEqualTo(e.has("scoringPoints") ? e.get("scoringPoints").stringValue() : null);
            assertThat(a.scoringStandard()).as(a.code()).isEqualTo(e.has("scoringStandard") ? e.get("scoringStandard").stringValue() : null);
            assertThat(a.isLeaf()).as(a.code()).isEqualTo(!e.has("children"));
        }
    }

    @Test
    void everyLeafHasARuleWhosePointsAddUpToItsWeight() {
        assertThat(template.leaves()).hasSize(24).allSatisfy(leaf -> {
            assertThat(leaf.rule()).as(leaf.code()).isNotNull();
            assertThat(leaf.rule().maxPoints()).as(leaf.code()).isEqualByComparingTo(leaf.weight());
        });
    }

    @Test
    void scoreGradeBandsAreThoseOfTheFinanceMinistry() {
        assertThat(template.gradeFor(new java.math.BigDecimal("90")).orElseThrow().label()).isEqualTo("优");
        assertThat(template.gradeFor(new java.math.BigDecimal("89.99")).orElseThrow().label()).isEqualTo("良");
        assertThat(template.gradeFor(new java.math.BigDecimal("80")).orElseThrow().label()).isEqualTo("良");
        assertThat(template.gradeFor(new java.math.BigDecimal("79.99")).orElseThrow().label()).isEqualTo("中");
        assertThat(template.gradeFor(new java.math.BigDecimal("60")).orElseThrow().label()).isEqualTo("中");
        assertThat(template.gradeFor(new java.math.BigDecimal("59.99")).orElseThrow().label()).isEqualTo("差");
    }

    @Test
    void writingAndReadingBackGivesTheSameTemplate() {
        TemplateCodec codec = new TemplateCodec();
        String written = codec.write(template);
        IndicatorTemplate again = codec.read(written).orElseThrow();
        assertThat(again).isEqualTo(template);
        assertThat(Json.MAPPER.readTree(codec.write(again))).isEqualTo(Json.MAPPER.readTree(written));
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        out.add(n);
        if (n.has("children")) {
            n.get("children").forEach(c -> flatten(c, out));
        }
    }
}
