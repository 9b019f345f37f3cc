package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.evaluation.ScoreGrade;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;
import static cn.perfeval.domain.template.RangeReading.checkCoverage;
import static cn.perfeval.domain.template.RangeReading.plain;
import static cn.perfeval.domain.template.RangeReading.range;

/** Reads one leaf's rule, checking parameters against their kind, inputs against their uses, points against the weight. */
final class RuleReader {

    private static final String FLOOR_AT_ZERO = "floorAtZero";
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
        Map<String, List<BigDecimal>> declared = new LinkedHashMap<>();
        r.requiredArray(n, "parts", path).ifPresent(arr -> {
            if (arr.isEmpty()) {
                r.problem(child(path, "parts"), "评分规则至少需要一个评分项");
            }
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                String partPath = index(child(path, "parts"), i);
                JsonNode partNode = arr.get(i);
                part(partNode, partPath).ifPresent(p -> {
                    if (!labels.add(p.label())) {
                        r.problem(child(partPath, "label"), "评分项标号“" + p.label() + "”重复");
                    }
                    List<BigDecimal> scores = declaredScores(r, partNode, partPath, p.maxPoints(), "评分项满分");
                    if (!scores.isEmpty()) {
                        declared.put(p.label(), scores);
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
        Rule rule = new Rule(new ArrayList<>(inputs.values()), parts, List.of(), declared);
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
            case "judged" -> judged(n, p, label, name);
            case "gradeOverride" -> new RulePart.GradeOverride(label, name, input(n, "input", p, InputType.YES_NO), grade(n, p));
            default -> {
                r.problem(child(p, "kind"), "未知的评分规则类型“" + kind.get()
                        + "”，应为 check、bands、pointDeduction、caseDeduction、lookup、proportional、judged、gradeOverride 之一");
                yield null;
            }
        };
        return r.problems().size() > before ? Optional.empty() : Optional.ofNullable(part);
    }

    private RulePart judged(JsonNode n, String p, String label, String name) {
        BigDecimal points = positive(n, "points", p);
        BigDecimal step = r.optionalNumber(n, "step", p, true).orElse(null);
        if (step != null && (step.signum() == 0 || step.stripTrailingZeros().scale() > 2 || step.compareTo(points) > 0
                || points.remainder(step).signum() != 0)) {
            r.problem(child(p, "step"), "step 应大于0、最多两位小数，且满分" + plain(points) + "应为其整数倍");
        }
        return new RulePart.Judged(label, name, input(n, "input", p, InputType.SCORE), points,
                optionalInput(n, "justificationInput", p, InputType.TEXT), optionalInput(n, "evidenceInput", p, InputType.PERCENT), step);
    }

    /**
     * The {@code allowedScores} a template declares for a part or an indicator: distinct scores of at most 2 decimals
     * from 0 to its full points, the full points among them; empty when not declared.
     */
    static List<BigDecimal> declaredScores(JsonReading r, JsonNode n, String parentPath, BigDecimal full, String fullName) {
        Optional<JsonNode> arr = r.optionalArray(n, "allowedScores", parentPath);
        if (arr.isEmpty()) {
            return List.of();
        }
        String p = child(parentPath, "allowedScores");
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < arr.get().size(); i++) {
            String sp = index(p, i);
            r.number(arr.get().get(i), sp, true).ifPresent(v -> {
                if (v.stripTrailingZeros().scale() > 2 || v.compareTo(full) > 0) {
                    r.problem(sp, "可得分值应在0至" + plain(full) + "之间、最多两位小数：" + plain(v));
                } else if (scores.stream().anyMatch(s -> s.compareTo(v) == 0)) {
                    r.problem(sp, "可得分值" + plain(v) + "重复");
                } else {
                    scores.add(v);
                }
            });
        }
        if (scores.isEmpty()) {
            r.problem(p, "至少需要一个可得分值");
        } else if (scores.stream().noneMatch(s -> s.compareTo(full) == 0)) {
            r.problem(p, "可得分值应包含" + fullName + plain(full));
        }
        return scores;
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
