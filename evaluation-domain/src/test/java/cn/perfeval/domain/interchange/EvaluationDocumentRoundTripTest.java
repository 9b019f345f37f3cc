package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.support.Scenario;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationDocumentRoundTripTest {

    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();

    @Test
    void exportAfterImportGivesBackTheFixtureWithoutExpected() {
        ObjectNode fixture = (ObjectNode) Fixtures.gaoqiaoTree();
        fixture.remove("expected");
        JsonNode exported = Json.MAPPER.readTree(codec.write(Fixtures.gaoqiao()));
        assertThat(differences(fixture, exported, "$")).isEmpty();
    }

    @Test
    void amountsKeepTheScaleEntered() {
        Evaluation seed = Fixtures.gaoqiao();
        assertThat(seed.report().expenditure().total().scale()).isEqualTo(1);
        assertThat(seed.report().expenditure().total().toPlainString()).isEqualTo("7270.5");
        assertThat(codec.write(seed)).contains("7270.51").contains("\"total\" : 7270.5,").contains("4.6");
    }

    @Test
    void inputsAndReasonsSurviveTheRoundTrip() {
        Evaluation changed = Scenario.seed()
                .input("1.2.1", "contractStaffUsed", "30").input("1.2.1", "contractStaffApproved", "32")
                .input("1.1.1", "matchesDuties", true)
                .choice("2.2.4", "previousReviewGrade", "良").choice("2.2.4", "previousReviewGradeSource", "平台2019年度评审")
                .input("2.1.2", "exemptAdjustments", "3000.50")
                .reason("1.1.2", "量化指标按2个计").evaluation();
        String written = codec.write(changed);
        Evaluation again = codec.read(written, InMemoryTemplateRegistry.withBuiltIns()).orElseThrow();
        assertThat(again).isEqualTo(changed);
        assertThat(codec.write(again)).isEqualTo(written).contains("3000.50");
    }

    /** Differences between two trees, numbers compared by value and scale as written. */
    static List<String> differences(JsonNode a, JsonNode b, String path) {
        List<String> out = new ArrayList<>();
        if (a.isNumber() && b.isNumber()) {
            if (!a.decimalValue().equals(b.decimalValue()) && !(a.isIntegralNumber() && b.isIntegralNumber()
                    && a.decimalValue().compareTo(b.decimalValue()) == 0)) {
                out.add(path + ": " + a + " ≠ " + b);
            }
            return out;
        }
        if (a.getNodeType() != b.getNodeType()) {
            out.add(path + ": " + a.getNodeType() + " ≠ " + b.getNodeType());
            return out;
        }
        if (a.isObject()) {
            List<String> ka = new ArrayList<>(a.propertyNames());
            List<String> kb = new ArrayList<>(b.propertyNames());
            if (!ka.equals(kb)) {
                out.add(path + ": keys " + ka + " ≠ " + kb);
            }
            for (String k : ka) {
                if (b.has(k)) {
                    out.addAll(differences(a.get(k), b.get(k), path + "." + k));
                }
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": size " + a.size() + " ≠ " + b.size());
            }
            Iterator<JsonNode> ia = a.iterator();
            Iterator<JsonNode> ib = b.iterator();
            int i = 0;
            while (ia.hasNext() && ib.hasNext()) {
                out.addAll(differences(ia.next(), ib.next(), path + "[" + i++ + "]"));
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " ≠ " + b);
        }
        return out;
    }
}
