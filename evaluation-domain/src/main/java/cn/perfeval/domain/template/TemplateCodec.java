package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.evaluation.ScoreGrade;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/**
 * Reads and writes templates in the JSON format of TEMPLATES.md. Reading validates the whole document and reports
 * every problem with its path; a template is returned only when there is none.
 */
public final class TemplateCodec {

    private static final int MAX_LEVEL = 3;
    private static final String FLOOR_AT_ZERO = "floorAtZero";

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
            int year = r.requiredCount(root, "year", "$").orElse(0);
            BigDecimal total = r.requiredNumber(root, "totalWeight", "$", true).orElse(BigDecimal.ZERO);
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
            if (!indicators.isEmpty() && sum.compareTo(total) != 0) {
                r.problem("$.totalWeight", "一级指标分值合计为" + plain(sum) + "，与总分" + plain(total) + "不一致");
            }
            return new IndicatorTemplate(code, name, year, total, source, grades, indicators);
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
                }
            } else {
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
            return TemplateCodec.range(r, n, path);
        }

        private void checkCoverage(List<Range> ranges, String path) {
            TemplateCodec.checkCoverage(r, ranges, path);
        }
    }

    /** Reads the bound keys atLeast / above / atMost / below. */
    static Optional<Range> range(JsonReading r, JsonNode n, String path) {
        int problemsBefore = r.problems().size();
        Optional<BigDecimal> atLeast = r.optionalNumber(n, "atLeast", path, false);
        Optional<BigDecimal> above = r.optionalNumber(n, "above", path, false);
        Optional<BigDecimal> atMost = r.optionalNumber(n, "atMost", path, false);
        Optional<BigDecimal> below = r.optionalNumber(n, "below", path, false);
        if (atLeast.isPresent() && above.isPresent()) {
            r.problem(path, "下限只能写 atLeast 或 above 之一");
        }
        if (atMost.isPresent() && below.isPresent()) {
            r.problem(path, "上限只能写 atMost 或 below 之一");
        }
        if (r.problems().size() > problemsBefore) {
            return Optional.empty();
        }
        BigDecimal lower = atLeast.orElse(above.orElse(null));
        BigDecimal upper = atMost.orElse(below.orElse(null));
        Range range = new Range(lower, atLeast.isPresent(), upper, atMost.isPresent());
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || (c == 0 && !(range.lowerInclusive() && range.upperInclusive()))) {
                r.problem(path, "区间为空：下限" + plain(lower) + "不小于上限" + plain(upper));
                return Optional.empty();
            }
        }
        return Optional.of(range);
    }

    /** Ranges must cover every value exactly once, so that a value can never fall between or into two bands. */
    static void checkCoverage(JsonReading r, List<Range> ranges, String path) {
        if (ranges.isEmpty()) {
            r.problem(path, "至少需要一个分档");
            return;
        }
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::lower, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(x -> !x.lowerInclusive()));
        if (sorted.get(0).lower() != null) {
            r.problem(path, "分档未覆盖低于" + plain(sorted.get(0).lower()) + "的取值");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Range prev = sorted.get(i - 1);
            Range next = sorted.get(i);
            if (prev.upper() == null || next.lower() == null) {
                r.problem(path, "分档有重叠");
                return;
            }
            int c = prev.upper().compareTo(next.lower());
            if (c > 0 || (c == 0 && prev.upperInclusive() && next.lowerInclusive())) {
                r.problem(path, "分档在" + plain(next.lower()) + "处重叠");
            } else if (c < 0 || (!prev.upperInclusive() && !next.lowerInclusive())) {
                r.problem(path, "分档在" + plain(prev.upper()) + "与" + plain(next.lower()) + "之间有空缺");
            }
        }
        if (sorted.get(sorted.size() - 1).upper() != null) {
            r.problem(path, "分档未覆盖高于" + plain(sorted.get(sorted.size() - 1).upper()) + "的取值");
        }
    }

    static String plain(BigDecimal v) {
        return cn.perfeval.domain.common.Decimals.plain(v);
    }

    /** Reads one leaf's rule, checking parameters against their kind, inputs against their uses, points against the weight. */
    private static final class RuleReader {
        private final JsonReading r;
        private final String path;
        private final Map<String, InputSpec> inputs = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();

        RuleReader(JsonReading r, String path) {
            this.r = r;
            this.path = path;
        }

        Rule rule(JsonNode n, BigDecimal weight) {
            int before = r.problems().size();
            r.optionalArray(n, "inputs", path).ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    inputSpec(arr.get(i), index(child(path, "inputs"), i));
                }
            });
            List<RulePart> parts = new ArrayList<>();
            r.requiredArray(n, "parts", path).ifPresent(arr -> {
                if (arr.isEmpty()) {
                    r.problem(child(path, "parts"), "评分规则至少需要一个评分项");
                }
                Set<String> labels = new HashSet<>();
                for (int i = 0; i < arr.size(); i++) {
                    String partPath = index(child(path, "parts"), i);
                    part(arr.get(i), partPath).ifPresent(p -> {
                        if (!labels.add(p.label())) {
                            r.problem(child(partPath, "label"), "评分项标号“" + p.label() + "”重复");
                        }
                        parts.add(p);
                    });
                }
            });
            for (String name : inputs.keySet()) {
                if (!used.contains(name)) {
                    r.problem(child(path, "inputs"), "输入项“" + name + "”未被任何评分项使用");
                }
            }
            Rule rule = new Rule(new ArrayList<>(inputs.values()), parts);
            if (r.problems().size() == before && rule.maxPoints().compareTo(weight) != 0) {
                r.problem(child(path, "parts"), "各评分项满分合计为" + plain(rule.maxPoints()) + "，与指标分值" + plain(weight) + "不一致");
            }
            return rule;
        }

        private void inputSpec(JsonNode n, String p) {
            if (!n.isObject()) {
                r.problem(p, "应为JSON对象");
                return;
            }
            Optional<String> name = r.requiredText(n, "name", p);
            Optional<InputType> type = r.requiredText(n, "type", p).flatMap(t -> {
                Optional<InputType> it = InputType.fromKey(t);
                if (it.isEmpty()) {
                    r.problem(child(p, "type"), "未知的输入类型“" + t + "”，应为 yesNo、count、amount、percent、score、choice、text 之一");
                }
                return it;
            });
            Optional<String> label = r.requiredText(n, "label", p);
            if (name.isPresent() && name.get().startsWith(BasicDataSheet.SOURCE_PREFIX)) {
                r.problem(child(p, "name"), "输入项名称不能以 basicData. 开头");
                return;
            }
            if (name.isPresent() && inputs.containsKey(name.get())) {
                r.problem(child(p, "name"), "输入项“" + name.get() + "”重复");
                return;
            }
            if (name.isPresent() && type.isPresent() && label.isPresent()) {
                inputs.put(name.get(), new InputSpec(name.get(), type.get(), label.get()));
            }
        }

        private Optional<RulePart> part(JsonNode n, String p) {
            if (!n.isObject()) {
                r.problem(p, "应为JSON对象");
                return Optional.empty();
            }
            int before = r.problems().size();
            String label = r.requiredText(n, "label", p).orElse("");
            String name = r.requiredText(n, "name", p).orElse("");
            Optional<String> kind = r.requiredText(n, "kind", p);
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            RulePart part = switch (kind.get()) {
                case "check" -> new RulePart.Check(label, name, input(n, "input", p, InputType.YES_NO), positive(n, "points", p));
                case "bands" -> bands(n, p, label, name);
                case "pointDeduction" -> pointDeduction(n, p, label, name);
                case "caseDeduction" -> new RulePart.CaseDeduction(label, name, input(n, "input", p, InputType.COUNT),
                        positive(n, "points", p), positive(n, "perCase", p), r.optionalBoolean(n, "vetoesIndicator", p).orElse(false));
                case "lookup" -> lookup(n, p, label, name);
                case "proportional" -> new RulePart.Proportional(label, name, operand(n, "numerator", p), operand(n, "denominator", p), positive(n, "points", p));
                case "judged" -> new RulePart.Judged(label, name, input(n, "input", p, InputType.SCORE), positive(n, "points", p),
                        optionalInput(n, "justificationInput", p, InputType.TEXT), optionalInput(n, "evidenceInput", p, InputType.PERCENT));
                case "gradeOverride" -> new RulePart.GradeOverride(label, name, input(n, "input", p, InputType.YES_NO), grade(n, p));
                default -> {
                    r.problem(child(p, "kind"), "未知的评分规则类型“" + kind.get()
                            + "”，应为 check、bands、pointDeduction、caseDeduction、lookup、proportional、judged、gradeOverride 之一");
                    yield null;
                }
            };
            return r.problems().size() > before ? Optional.empty() : Optional.ofNullable(part);
        }

        private RulePart bands(JsonNode n, String p, String label, String name) {
            Operand value = null;
            Operand numerator = null;
            Operand denominator = null;
            boolean hasValue = !JsonReading.absent(n, "value");
            boolean hasRatio = !JsonReading.absent(n, "ratio");
            if (hasValue == hasRatio) {
                r.problem(p, "分档规则须给出 value（数值）或 ratio（比率）之一");
            } else if (hasValue) {
                value = operand(n, "value", p);
            } else {
                Optional<JsonNode> ratio = r.requiredObject(n, "ratio", p);
                if (ratio.isPresent()) {
                    numerator = operand(ratio.get(), "numerator", child(p, "ratio"));
                    denominator = operand(ratio.get(), "denominator", child(p, "ratio"));
                }
            }
            String unit = r.optionalText(n, "unit", p).orElse(hasRatio ? "%" : "");
            List<PointBand> bands = new ArrayList<>();
            List<Range> ranges = new ArrayList<>();
            String bandsPath = child(p, "bands");
            r.requiredArray(n, "bands", p).ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    String bp = index(bandsPath, i);
                    JsonNode b = arr.get(i);
                    if (!b.isObject()) {
                        r.problem(bp, "应为JSON对象");
                        continue;
                    }
                    Optional<Range> range = range(r, b, bp);
                    Optional<BigDecimal> points = r.requiredNumber(b, "points", bp, true);
                    range.ifPresent(ranges::add);
                    if (range.isPresent() && points.isPresent()) {
                        bands.add(new PointBand(range.get(), points.get()));
                    }
                }
                checkCoverage(r, ranges, bandsPath);
            });
            return new RulePart.Bands(label, name, value, numerator, denominator, unit, bands);
        }

        private RulePart pointDeduction(JsonNode n, String p, String label, String name) {
            List<RulePart.Measure> measures = new ArrayList<>();
            r.requiredArray(n, "measures", p).ifPresent(arr -> {
                if (arr.isEmpty()) {
                    r.problem(child(p, "measures"), "至少需要一个比率");
                }
                for (int i = 0; i < arr.size(); i++) {
                    String mp = index(child(p, "measures"), i);
                    JsonNode m = arr.get(i);
                    if (!m.isObject()) {
                        r.problem(mp, "应为JSON对象");
                        continue;
                    }
                    measures.add(new RulePart.Measure(r.optionalText(m, "name", mp).orElse(null),
                            operand(m, "numerator", mp), operand(m, "denominator", mp),
                            r.requiredNumber(m, "limit", mp, true).orElse(BigDecimal.ZERO)));
                }
            });
            Direction direction = r.requiredText(n, "direction", p).flatMap(d -> {
                Optional<Direction> dir = Direction.fromKey(d);
                if (dir.isEmpty()) {
                    r.problem(child(p, "direction"), "未知的方向“" + d + "”，应为 over（超出扣分）、under（低于扣分）或 either（偏离扣分）");
                }
                return dir;
            }).orElse(Direction.OVER);
            RulePart.WhenNothingToMeasure when = r.optionalObject(n, "whenNothingToMeasure", p)
                    .map(w -> new RulePart.WhenNothingToMeasure(
                            r.requiredNumber(w, "points", child(p, "whenNothingToMeasure"), true).orElse(BigDecimal.ZERO),
                            r.requiredText(w, "note", child(p, "whenNothingToMeasure")).orElse("")))
                    .orElse(null);
            return new RulePart.PointDeduction(label, name, measures, direction, positive(n, "points", p), positive(n, "perPoint", p), when);
        }

        private RulePart lookup(JsonNode n, String p, String label, String name) {
            String input = input(n, "input", p, InputType.CHOICE);
            List<RulePart.Choice> choices = new ArrayList<>();
            Set<String> values = new HashSet<>();
            boolean anyJudged = false;
            Optional<JsonNode> arr = r.requiredArray(n, "choices", p);
            if (arr.isPresent()) {
                if (arr.get().isEmpty()) {
                    r.problem(child(p, "choices"), "至少需要一个选项");
                }
                for (int i = 0; i < arr.get().size(); i++) {
                    String cp = index(child(p, "choices"), i);
                    JsonNode c = arr.get().get(i);
                    if (!c.isObject()) {
                        r.problem(cp, "应为JSON对象");
                        continue;
                    }
                    String value = r.requiredText(c, "value", cp).orElse("");
                    if (!value.isEmpty() && !values.add(value)) {
                        r.problem(child(cp, "value"), "选项“" + value + "”重复");
                    }
                    String choiceLabel = r.optionalText(c, "label", cp).orElse(value);
                    Optional<BigDecimal> points = r.optionalNumber(c, "points", cp, true);
                    Optional<BigDecimal> judged = r.optionalNumber(c, "judgedUpTo", cp, true);
                    if (points.isPresent() == judged.isPresent()) {
                        r.problem(cp, "选项须给出 points（固定得分）或 judgedUpTo（酌情评分上限）之一");
                    }
                    anyJudged |= judged.isPresent();
                    choices.add(new RulePart.Choice(value, choiceLabel, points.orElse(null), judged.orElse(null),
                            r.optionalText(c, "note", cp).orElse(null)));
                }
            }
            String judgedInput = optionalInput(n, "judgedInput", p, InputType.SCORE);
            if (anyJudged && judgedInput == null) {
                r.problem(child(p, "judgedInput"), "有酌情评分的选项时须指定 judgedInput");
            }
            if (!anyJudged && judgedInput != null) {
                r.problem(child(p, "judgedInput"), "没有酌情评分的选项，不应指定 judgedInput");
            }
            return new RulePart.Lookup(label, name, input, choices, judgedInput, optionalInput(n, "sourceInput", p, InputType.TEXT));
        }

        private ScoreGrade grade(JsonNode n, String p) {
            return r.requiredText(n, "forcesGrade", p).flatMap(label -> {
                Optional<ScoreGrade> g = ScoreGrade.fromLabel(label);
                if (g.isEmpty()) {
                    r.problem(child(p, "forcesGrade"), "未知的等级“" + label + "”，应为优、良、中、差之一");
                }
                return g;
            }).orElse(null);
        }

        private BigDecimal positive(JsonNode n, String key, String p) {
            Optional<BigDecimal> v = r.requiredNumber(n, key, p, true);
            if (v.isPresent() && v.get().signum() == 0) {
                r.problem(child(p, key), "应大于0");
            }
            return v.orElse(BigDecimal.ZERO);
        }

        private String input(JsonNode n, String key, String p, InputType type) {
            Optional<String> name = r.requiredText(n, key, p);
            name.ifPresent(s -> declared(s, type, child(p, key)));
            return name.orElse("");
        }

        private String optionalInput(JsonNode n, String key, String p, InputType type) {
            Optional<String> name = r.optionalText(n, key, p);
            name.ifPresent(s -> declared(s, type, child(p, key)));
            return name.orElse(null);
        }

        private void declared(String name, InputType type, String p) {
            InputSpec spec = inputs.get(name);
            if (spec == null) {
                r.problem(p, "输入项“" + name + "”未在 inputs 中声明");
            } else if (spec.type() != type) {
                r.problem(p, "输入项“" + name + "”的类型应为 " + type.key() + "，声明的是 " + spec.type().key());
            }
            used.add(name);
        }

        private Operand operand(JsonNode parent, String key, String parentPath) {
            String p = child(parentPath, key);
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                r.problem(p, "缺少必填项");
                return new Operand.Ref("", null);
            }
            return operand(n, p);
        }

        private Operand operand(JsonNode n, String p) {
            if (n.isString()) {
                return ref(n.stringValue(), null, p);
            }
            if (!n.isObject()) {
                r.problem(p, "应为输入项名称、basicData.… 路径，或 {ref}、{sum}、{difference}、{absoluteDifference} 对象");
                return new Operand.Ref("", null);
            }
            if (n.has(FLOOR_AT_ZERO) && !n.has("difference")) {
                r.problem(child(p, FLOOR_AT_ZERO), "floorAtZero 只能用于 {difference}");
            }
            if (n.has("ref")) {
                String source = r.requiredText(n, "ref", p).orElse("");
                BigDecimal ifMissing = r.optionalNumber(n, "ifMissing", p, false).orElse(null);
                return ref(source, ifMissing, child(p, "ref"));
            }
            for (String combinator : List.of("sum", "difference", "absoluteDifference")) {
                if (n.has(combinator)) {
                    List<Operand> terms = new ArrayList<>();
                    r.requiredArray(n, combinator, p).ifPresent(arr -> {
                        if (arr.size() < 2) {
                            r.problem(child(p, combinator), "至少需要两项");
                        }
                        for (int i = 0; i < arr.size(); i++) {
                            terms.add(operand(arr.get(i), index(child(p, combinator), i)));
                        }
                    });
                    return switch (combinator) {
                        case "sum" -> new Operand.Sum(terms);
                        case "difference" -> new Operand.Difference(terms, r.optionalBoolean(n, FLOOR_AT_ZERO, p).orElse(false));
                        default -> new Operand.AbsoluteDifference(terms);
                    };
                }
            }
            r.problem(p, "应为 {ref}、{sum}、{difference} 或 {absoluteDifference} 对象");
            return new Operand.Ref("", null);
        }

        private Operand ref(String source, BigDecimal ifMissing, String p) {
            if (source.startsWith(BasicDataSheet.SOURCE_PREFIX)) {
                if (!BasicDataSheet.isKnownSource(source)) {
                    r.problem(p, "附件1中没有“" + source + "”这一数据");
                }
            } else {
                InputSpec spec = inputs.get(source);
                if (spec == null) {
                    r.problem(p, "输入项“" + source + "”未在 inputs 中声明");
                } else if (!spec.type().isNumeric()) {
                    r.problem(p, "输入项“" + source + "”用于计算，类型应为 count、amount 或 percent，声明的是 " + spec.type().key());
                }
                used.add(source);
            }
            return new Operand.Ref(source, ifMissing);
        }
    }

    // ---------------------------------------------------------------- writing

    public String write(IndicatorTemplate t) {
        return Json.write(toJson(t));
    }

    public ObjectNode toJson(IndicatorTemplate t) {
        ObjectNode root = Json.object();
        root.put("code", t.code());
        root.put("name", t.name());
        root.put("year", t.year());
        root.put("totalWeight", t.totalWeight());
        if (t.source() != null) {
            root.put("source", t.source());
        }
        ArrayNode grades = root.putArray("scoreGrades");
        for (GradeBand g : t.scoreGrades()) {
            ObjectNode o = grades.addObject();
            writeRange(o, g.range());
            o.put("grade", g.grade().label());
        }
        ArrayNode indicators = root.putArray("indicators");
        t.indicators().forEach(i -> indicators.add(indicator(i)));
        return root;
    }

    private ObjectNode indicator(Indicator i) {
        ObjectNode o = Json.object();
        o.put("code", i.code());
        o.put("name", i.name());
        o.put("weight", i.weight());
        if (i.scoringPoints() != null) {
            o.put("scoringPoints", i.scoringPoints());
        }
        if (i.scoringStandard() != null) {
            o.put("scoringStandard", i.scoringStandard());
        }
        if (!i.isLeaf()) {
            ArrayNode children = o.putArray("children");
            i.children().forEach(c -> children.add(indicator(c)));
        }
        if (i.rule() != null) {
            o.set("rule", rule(i.rule()));
        }
        return o;
    }

    private ObjectNode rule(Rule rule) {
        ObjectNode o = Json.object();
        if (!rule.inputs().isEmpty()) {
            ArrayNode inputs = o.putArray("inputs");
            for (InputSpec s : rule.inputs()) {
                inputs.addObject().put("name", s.name()).put("type", s.type().key()).put("label", s.label());
            }
        }
        ArrayNode parts = o.putArray("parts");
        rule.parts().forEach(p -> parts.add(part(p)));
        return o;
    }

    private ObjectNode part(RulePart part) {
        ObjectNode o = Json.object();
        o.put("label", part.label());
        o.put("kind", part.kind());
        o.put("name", part.name());
        if (part instanceof RulePart.Check c) {
            o.put("input", c.input());
            o.put("points", c.points());
        } else if (part instanceof RulePart.Bands b) {
            if (b.isRatio()) {
                ObjectNode ratio = o.putObject("ratio");
                ratio.set("numerator", operand(b.numerator()));
                ratio.set("denominator", operand(b.denominator()));
            } else {
                o.set("value", operand(b.value()));
            }
            if (!b.unit().isEmpty()) {
                o.put("unit", b.unit());
            }
            ArrayNode bands = o.putArray("bands");
            for (PointBand pb : b.bands()) {
                ObjectNode bo = bands.addObject();
                writeRange(bo, pb.range());
                bo.put("points", pb.points());
            }
        } else if (part instanceof RulePart.PointDeduction d) {
            ArrayNode measures = o.putArray("measures");
            for (RulePart.Measure m : d.measures()) {
                ObjectNode mo = measures.addObject();
                if (m.name() != null) {
                    mo.put("name", m.name());
                }
                mo.set("numerator", operand(m.numerator()));
                mo.set("denominator", operand(m.denominator()));
                mo.put("limit", m.limit());
            }
            o.put("direction", d.direction().key());
            o.put("points", d.points());
            o.put("perPoint", d.perPoint());
            if (d.whenNothingToMeasure() != null) {
                o.putObject("whenNothingToMeasure").put("points", d.whenNothingToMeasure().points()).put("note", d.whenNothingToMeasure().note());
            }
        } else if (part instanceof RulePart.CaseDeduction c) {
            o.put("input", c.input());
            o.put("points", c.points());
            o.put("perCase", c.perCase());
            if (c.vetoesIndicator()) {
                o.put("vetoesIndicator", true);
            }
        } else if (part instanceof RulePart.Lookup l) {
            o.put("input", l.input());
            ArrayNode choices = o.putArray("choices");
            for (RulePart.Choice c : l.choices()) {
                ObjectNode co = choices.addObject();
                co.put("value", c.value());
                co.put("label", c.label());
                putIfPresent(co, "points", c.points());
                putIfPresent(co, "judgedUpTo", c.judgedUpTo());
                if (c.note() != null) {
                    co.put("note", c.note());
                }
            }
            if (l.judgedInput() != null) {
                o.put("judgedInput", l.judgedInput());
            }
            if (l.sourceInput() != null) {
                o.put("sourceInput", l.sourceInput());
            }
        } else if (part instanceof RulePart.Proportional pr) {
            o.set("numerator", operand(pr.numerator()));
            o.set("denominator", operand(pr.denominator()));
            o.put("points", pr.points());
        } else if (part instanceof RulePart.Judged j) {
            o.put("input", j.input());
            o.put("points", j.points());
            if (j.justificationInput() != null) {
                o.put("justificationInput", j.justificationInput());
            }
            if (j.evidenceInput() != null) {
                o.put("evidenceInput", j.evidenceInput());
            }
        } else if (part instanceof RulePart.GradeOverride g) {
            o.put("input", g.input());
            o.put("forcesGrade", g.forcesGrade().label());
        }
        return o;
    }

    private static void putIfPresent(ObjectNode o, String key, BigDecimal v) {
        if (v != null) {
            o.put(key, v);
        }
    }

    private static void writeRange(ObjectNode o, Range range) {
        if (range.lower() != null) {
            o.put(range.lowerInclusive() ? "atLeast" : "above", range.lower());
        }
        if (range.upper() != null) {
            o.put(range.upperInclusive() ? "atMost" : "below", range.upper());
        }
    }

    private JsonNode operand(Operand op) {
        if (op instanceof Operand.Ref ref) {
            if (ref.ifMissing() == null) {
                return JsonNodeFactory.instance.stringNode(ref.source());
            }
            return Json.object().put("ref", ref.source()).put("ifMissing", ref.ifMissing());
        }
        Function<List<Operand>, ArrayNode> terms = list -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            list.forEach(t -> a.add(operand(t)));
            return a;
        };
        ObjectNode o = Json.object();
        if (op instanceof Operand.Sum s) {
            o.set("sum", terms.apply(s.terms()));
        } else if (op instanceof Operand.Difference d) {
            o.set("difference", terms.apply(d.terms()));
            if (d.floorAtZero()) {
                o.put(FLOOR_AT_ZERO, true);
            }
        } else if (op instanceof Operand.AbsoluteDifference a) {
            o.set("absoluteDifference", terms.apply(a.terms()));
        }
        return o;
    }
}
