package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataRequirements;
import cn.perfeval.domain.report.ReportOutline;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.ScoreGrade;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/**
 * Reads and writes templates in the JSON format of TEMPLATES.md. Reading validates the whole document and reports
 * every problem with its path; a template is returned only when there is none.
 */
public final class TemplateCodec {

    private static final int MAX_LEVEL = 3;

    public TemplateImport read(String json) {
        JsonReading r = new JsonReading();
        Optional<JsonNode> root = Json.parse(json, r);
        if (root.isEmpty()) {
            return TemplateImport.failed(r.problems());
        }
        IndicatorTemplate t = new Reader(r).template(root.get());
        return r.hasProblems() ? TemplateImport.failed(r.problems()) : TemplateImport.of(t);
    }

    private static final class Reader {
        private final JsonReading r;
        private final Set<String> codes = new HashSet<>();

        Reader(JsonReading r) {
            this.r = r;
        }

        IndicatorTemplate template(JsonNode root) {
            String code = r.requiredText(root, "code", "$").orElse("");
            String name = r.requiredText(root, "name", "$").orElse("");
            int year = r.requiredCount(root, "year", "$")
                    .flatMap(y -> r.limited(Limits.Figure.YEAR, Optional.of(BigDecimal.valueOf(y)), "$.year", "模板年度"))
                    .map(BigDecimal::intValueExact).orElse(0);
            Optional<BigDecimal> total = r.requiredNumber(root, "totalWeight", "$", true);
            String source = r.optionalText(root, "source", "$").orElse(null);
            List<GradeBand> grades = gradeBands(root);
            List<Indicator> indicators = new ArrayList<>();
            r.requiredArray(root, "indicators", "$").ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    indicator(arr.get(i), index("$.indicators", i), 1).ifPresent(indicators::add);
                }
                if (arr.isEmpty()) {
                    r.problem("$.indicators", "指标体系不能为空");
                }
            });
            BigDecimal sum = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!indicators.isEmpty() && total.isPresent() && sum.compareTo(total.get()) != 0) {
                r.problem("$.totalWeight", "一级指标分值合计为" + plain(sum) + "，与总分" + plain(total.get()) + "不一致");
            }
            DraftShapeReading shape = new DraftShapeReading(r);
            ReportOutline outline = shape.outline(root);
            BasicDataRequirements requirements = shape.requirements(root);
            if ((outline == null || requirements == null) && !code.equals(BuiltInTemplates.YUHUA_2020)) {
                // templates stored before these existed take the default template's: the form is the same
                IndicatorTemplate standard = BuiltInTemplates.yuhua2020();
                outline = outline == null ? standard.reportOutline() : outline;
                requirements = requirements == null ? standard.basicDataRequirements() : requirements;
            }
            return new IndicatorTemplate(code, name, year, total.orElse(BigDecimal.ZERO), source, grades, indicators, outline, requirements);
        }

        private List<GradeBand> gradeBands(JsonNode root) {
            List<GradeBand> bands = new ArrayList<>();
            Optional<JsonNode> arr = r.requiredArray(root, "scoreGrades", "$");
            if (arr.isEmpty()) {
                return bands;
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < arr.get().size(); i++) {
                String path = index("$.scoreGrades", i);
                JsonNode n = arr.get().get(i);
                if (!n.isObject()) {
                    r.problem(path, "应为JSON对象");
                    continue;
                }
                Optional<Range> range = range(n, path);
                Optional<ScoreGrade> grade = r.requiredText(n, "grade", path).flatMap(label -> {
                    Optional<ScoreGrade> g = ScoreGrade.fromLabel(label);
                    if (g.isEmpty()) {
                        r.problem(child(path, "grade"), "未知的等级“" + label + "”，应为优、良、中、差之一");
                    }
                    return g;
                });
                range.ifPresent(ranges::add);
                if (range.isPresent() && grade.isPresent()) {
                    bands.add(new GradeBand(range.get(), grade.get()));
                }
            }
            checkCoverage(ranges, "$.scoreGrades");
            return bands;
        }

        private Optional<Indicator> indicator(JsonNode n, String path, int level) {
            if (!n.isObject()) {
                r.problem(path, "应为JSON对象");
                return Optional.empty();
            }
            String code = r.requiredText(n, "code", path).orElse("");
            if (!code.isEmpty() && !codes.add(code)) {
                r.problem(child(path, "code"), "指标编码“" + code + "”重复");
            }
            String name = r.requiredText(n, "name", path).orElse("");
            BigDecimal weight = r.requiredNumber(n, "weight", path, true).orElse(BigDecimal.ZERO);
            String points = r.optionalText(n, "scoringPoints", path).orElse(null);
            String standard = r.optionalText(n, "scoringStandard", path).orElse(null);
            if (level > MAX_LEVEL) {
                r.problem(path, "指标层级不能超过" + MAX_LEVEL + "级");
                return Optional.empty();
            }
            List<Indicator> children = new ArrayList<>();
            Optional<JsonNode> childArray = r.optionalArray(n, "children", path);
            childArray.ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    String childPath = index(child(path, "children"), i);
                    indicator(arr.get(i), childPath, level + 1).ifPresent(c -> {
                        if (!code.isEmpty() && !c.code().startsWith(code + ".")) {
                            r.problem(child(childPath, "code"), "下级指标编码“" + c.code() + "”应以上级编码“" + code + ".”开头");
                        }
                        children.add(c);
                    });
                }
            });
            Rule rule = null;
            boolean leaf = childArray.map(JsonNode::isEmpty).orElse(true);
            if (leaf) {
                Optional<JsonNode> ruleNode = r.requiredObject(n, "rule", path);
                if (ruleNode.isPresent()) {
                    rule = new RuleReader(r, child(path, "rule")).rule(ruleNode.get(), weight);
                    List<BigDecimal> declared = RuleReader.declaredScores(r, n, path, weight, "指标分值");
                    rule = new Rule(rule.inputs(), rule.parts(), declared, rule.declaredPartScores());
                }
            } else if (!JsonReading.absent(n, "allowedScores")) {
                r.problem(child(path, "allowedScores"), "只有末级指标可以声明可得分值");
            }
            if (!leaf) {
                if (!JsonReading.absent(n, "rule")) {
                    r.problem(child(path, "rule"), "只有末级指标可以设置评分规则");
                }
                BigDecimal sum = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(weight) != 0) {
                    r.problem(child(path, "weight"), "指标“" + code + " " + name + "”分值为" + plain(weight)
                            + "，其下级指标分值合计为" + plain(sum) + "，不一致");
                }
            }
            return Optional.of(new Indicator(code, name, level, weight, points, standard, children, rule));
        }

        Optional<Range> range(JsonNode n, String path) {
            return RangeReading.range(r, n, path);
        }

        private void checkCoverage(List<Range> ranges, String path) {
            RangeReading.checkCoverage(r, ranges, path);
        }

        private static String plain(BigDecimal v) {
            return RangeReading.plain(v);
        }
    }

    public String write(IndicatorTemplate t) {
        return new TemplateWriter().write(t);
    }

    public ObjectNode toJson(IndicatorTemplate t) {
        return new TemplateWriter().toJson(t);
    }
}
