package cn.perfeval.domain.interchange;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.TemplateRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads and writes the evaluation interchange document (the format of fixtures/gaoqiao-2020.json). Reading checks the
 * document against its template and lists every problem with its JSON path; nothing is returned when there is any.
 * A top-level {@code expected} block (test fixtures) is ignored, as are other unknown fields.
 */
public final class EvaluationDocumentCodec {

    public static final int FORMAT_VERSION = 1;
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    private static final String AMOUNT_UNIT = "万元";

    public EvaluationImport read(String json, TemplateRegistry templates) {
        JsonReading r = new JsonReading();
        Optional<JsonNode> root = Json.parse(json, r);
        if (root.isEmpty()) {
            return EvaluationImport.failed(r.problems());
        }
        return read(root.get(), templates, r);
    }

    /** Reads a document already parsed, as the stored parts are: no text round trip. */
    public EvaluationImport read(JsonNode root, TemplateRegistry templates) {
        return read(root, templates, new JsonReading());
    }

    private static EvaluationImport read(JsonNode root, TemplateRegistry templates, JsonReading r) {
        Evaluation e = new Reader(r, templates).evaluation(root);
        return r.hasProblems() ? EvaluationImport.failed(r.problems()) : EvaluationImport.of(e);
    }

    private static final class Reader {
        private final JsonReading r;
        private final TemplateRegistry templates;

        Reader(JsonReading r, TemplateRegistry templates) {
            this.r = r;
            this.templates = templates;
        }

        Evaluation evaluation(JsonNode root) {
            r.optionalNumber(root, "formatVersion", "$", true).ifPresent(v -> {
                if (v.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
                    r.problem("$.formatVersion", "不支持的格式版本" + v.toPlainString() + "，应为" + FORMAT_VERSION);
                }
            });
            String source = r.optionalText(root, "source", "$", Limits.Text.PARAGRAPH, "来源说明").orElse(null);
            int year = r.requiredCount(root, "year", "$")
                    .flatMap(y -> r.limited(Limits.Figure.YEAR, Optional.of(BigDecimal.valueOf(y)), "$.year", "年度"))
                    .map(BigDecimal::intValueExact).orElse(0);
            UnitRef unit = r.requiredObject(root, "unit", "$").map(this::unit).orElse(null);
            Optional<String> templateCode = r.requiredText(root, "templateCode", "$");
            IndicatorTemplate template = templateCode.flatMap(code -> {
                Optional<IndicatorTemplate> t = templates.find(code);
                if (t.isEmpty()) {
                    r.problem("$.templateCode", "未知的指标模板“" + code + "”");
                }
                return t;
            }).orElse(null);
            String amountUnit = r.optionalText(root, "amountUnit", "$").orElse(null);
            if (amountUnit != null && !amountUnit.equals(AMOUNT_UNIT)) {
                r.problem("$.amountUnit", "金额单位应为“万元”，实际为“" + amountUnit + "”");
            }
            BasicDataSheet basicData = r.requiredObject(root, "basicData", "$").map(new BasicDataReading(r)::basicData).orElse(null);
            ScoreSheet scoreSheet = r.optionalObject(root, "scoreSheet", "$").map(n -> new ScoreSheetReading(r).scoreSheet(n, template)).orElse(ScoreSheet.EMPTY);
            SelfEvaluationReport report = r.optionalObject(root, "report", "$").map(new ReportReading(r, template)::report)
                    .orElse(new SelfEvaluationReport(null, null, null, null));
            if (r.hasProblems()) {
                return null;
            }
            return new Evaluation(unit, year, templateCode.orElseThrow(), basicData, scoreSheet, report, source, amountUnit);
        }

        private UnitRef unit(JsonNode n) {
            String name = r.limitedText(Limits.Text.NAME, r.requiredText(n, "name", "$.unit"), "$.unit.name", "单位名称").orElse("");
            return new UnitRef(name, r.optionalText(n, "shortName", "$.unit", Limits.Text.NAME, "单位简称").orElse(null),
                    r.optionalText(n, "type", "$.unit", Limits.Text.NAME, "单位类型").orElse(null));
        }

    }

    public String write(Evaluation e) {
        return new EvaluationDocumentWriter().write(e);
    }

    public ObjectNode toJson(Evaluation e) {
        return new EvaluationDocumentWriter().toJson(e);
    }
}
