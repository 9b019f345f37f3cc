package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.InputSpec;
import cn.perfeval.domain.template.Rule;
import tools.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static cn.perfeval.domain.common.JsonReading.child;

/** Reads Attachment 2 (自评表) as filled in: self-scores, the rule inputs checked against the template, and reasons. */
final class ScoreSheetReading {

    private final JsonReading r;

    ScoreSheetReading(JsonReading r) {
        this.r = r;
    }

    ScoreSheet scoreSheet(JsonNode n, IndicatorTemplate template) {
        String p = "$.scoreSheet";
        Map<String, BigDecimal> selfScores = new LinkedHashMap<>();
        r.optionalObject(n, "selfScores", p).ifPresent(s -> {
            for (String code : s.propertyNames()) {
                String path = child(child(p, "selfScores"), code);
                Optional<Indicator> leaf = leaf(template, code, path);
                if (s.get(code).isNull()) {
                    // a draft lists every indicator before it is scored
                    selfScores.put(code, null);
                    continue;
                }
                r.number(s.get(code), path, true).ifPresent(v -> {
                    if (leaf.isPresent() && v.compareTo(leaf.get().weight()) > 0) {
                        Indicator l = leaf.get();
                        r.problem(path, "自评得分" + v.toPlainString() + "超过指标“" + code + " " + l.name() + "”的分值" + Decimals.plain(l.weight()));
                        return;
                    }
                    String label = "指标“" + code + leaf.map(l -> " " + l.name()).orElse("") + "”自评得分";
                    r.limited(Limits.Figure.SCORE, Optional.of(v), path, label).ifPresent(ok -> selfScores.put(code, v));
                });
            }
        });
        Map<String, Map<String, InputValue>> inputs = new LinkedHashMap<>();
        r.optionalObject(n, "inputs", p).ifPresent(in -> {
            for (String code : in.propertyNames()) {
                String codePath = child(child(p, "inputs"), code);
                Optional<Indicator> leaf = leaf(template, code, codePath);
                JsonNode values = in.get(code);
                if (!values.isObject()) {
                    r.problem(codePath, "应为JSON对象（输入项名称 → 值）");
                    continue;
                }
                Map<String, InputValue> forCode = new LinkedHashMap<>();
                for (String name : values.propertyNames()) {
                    String path = child(codePath, name);
                    JsonNode v = values.get(name);
                    if (v.isNull()) {
                        continue;
                    }
                    if (leaf.isEmpty()) {
                        untypedInput(v, path).ifPresent(x -> forCode.put(name, x));
                        continue;
                    }
                    Rule rule = leaf.get().rule();
                    Optional<InputSpec> spec = rule == null ? Optional.empty() : rule.input(name);
                    if (spec.isEmpty()) {
                        r.problem(path, "指标“" + code + "”的评分规则没有输入项“" + name + "”");
                        continue;
                    }
                    String label = "指标“" + code + " " + leaf.get().name() + "”的“" + spec.get().label() + "”";
                    input(v, path, spec.get(), rule, label).ifPresent(x -> forCode.put(name, x));
                }
                inputs.put(code, forCode);
            }
        });
        Map<String, String> reasons = new LinkedHashMap<>();
        r.optionalObject(n, "reasons", p).ifPresent(rs -> {
            for (String code : rs.propertyNames()) {
                String path = child(child(p, "reasons"), code);
                leaf(template, code, path);
                if (!rs.get(code).isNull()) {
                    r.limitedText(Limits.Text.PARAGRAPH, r.text(rs.get(code), path), path, "指标“" + code + "”自评得分的说明")
                            .ifPresent(t -> reasons.put(code, t));
                }
            }
        });
        return new ScoreSheet(selfScores, inputs, reasons, r.optionalText(n, "note", p, Limits.Text.PARAGRAPH, "附件2说明").orElse(null));
    }

    private Optional<Indicator> leaf(IndicatorTemplate template, String code, String path) {
        if (template == null) {
            return Optional.empty();
        }
        Optional<Indicator> leaf = template.leaf(code);
        if (leaf.isEmpty()) {
            r.problem(path, template.find(code).isPresent()
                    ? "“" + code + "”不是末级指标，不能直接评分"
                    : "指标模板“" + template.code() + "”中没有指标“" + code + "”");
        }
        return leaf;
    }

    private Optional<InputValue> input(JsonNode v, String path, InputSpec spec, Rule rule, String label) {
        switch (spec.type()) {
            case YES_NO -> {
                if (!v.isBoolean()) {
                    r.problem(path, "“" + spec.label() + "”应为 true（是）或 false（否）");
                    return Optional.empty();
                }
                return Optional.of(new InputValue.YesNo(v.booleanValue()));
            }
            case COUNT -> {
                return r.count(v, path).flatMap(c -> r.limited(Limits.Figure.COUNT, Optional.of(v.decimalValue()), path, label))
                        .map(InputValue.Number::new);
            }
            case AMOUNT -> {
                return r.limited(Limits.Figure.AMOUNT, r.number(v, path, true), path, label).map(InputValue.Number::new);
            }
            case PERCENT -> {
                return r.limited(Limits.Figure.PERCENT, r.number(v, path, true), path, label).map(InputValue.Number::new);
            }
            case SCORE -> {
                Optional<BigDecimal> score = r.number(v, path, true);
                Optional<BigDecimal> max = rule.scoreMax(spec.name());
                if (score.isPresent() && max.isPresent() && score.get().compareTo(max.get()) > 0) {
                    r.problem(path, "“" + spec.label() + "”为" + score.get().toPlainString() + "，超过上限" + Decimals.plain(max.get()) + "分");
                    return Optional.empty();
                }
                return r.limited(Limits.Figure.SCORE, score, path, label).map(InputValue.Number::new);
            }
            case CHOICE -> {
                Optional<String> choice = r.text(v, path);
                List<String> allowed = rule.choices(spec.name());
                if (choice.isPresent() && !allowed.contains(choice.get())) {
                    r.problem(path, "“" + choice.get() + "”不是“" + spec.label() + "”的可选项，应为" + String.join("、", allowed) + "之一");
                    return Optional.empty();
                }
                return choice.map(InputValue.Text::new);
            }
            default -> {
                return r.limitedText(Limits.Text.PARAGRAPH, r.text(v, path), path, label).map(InputValue.Text::new);
            }
        }
    }

    private Optional<InputValue> untypedInput(JsonNode v, String path) {
        if (v.isBoolean()) {
            return Optional.of(new InputValue.YesNo(v.booleanValue()));
        }
        if (v.isNumber()) {
            return r.number(v, path, false).map(InputValue.Number::new);
        }
        return r.text(v, path).map(InputValue.Text::new);
    }
}
