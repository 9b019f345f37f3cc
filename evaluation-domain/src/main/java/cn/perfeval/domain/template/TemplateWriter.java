package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataRequirements;
import cn.perfeval.domain.report.OutlineSection;

import cn.perfeval.domain.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Writes a template as the JSON of TEMPLATES.md, so that reading it back gives the same template. */
final class TemplateWriter {

    private static final String FLOOR_AT_ZERO = "floorAtZero";

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
        if (!t.reportOutline().isEmpty()) {
            ArrayNode outline = root.putArray("reportOutline");
            for (OutlineSection s : t.reportOutline().sections()) {
                ObjectNode o = outline.addObject().put("key", s.key()).put("title", s.title()).put("guidance", s.guidance());
                if (!s.required()) {
                    o.put("required", false);
                }
            }
        }
        BasicDataRequirements req = t.basicDataRequirements();
        if (!req.required().isEmpty() || !req.warnIfBlank().isEmpty()) {
            ObjectNode completeness = root.putObject("basicDataCompleteness");
            req.required().forEach(completeness.putArray("required")::add);
            req.warnIfBlank().forEach(completeness.putArray("warnIfBlank")::add);
        }
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
            putScores(o, i.rule().declaredScores());
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
        rule.parts().forEach(p -> parts.add(putScores(part(p), rule.declaredPartScores().getOrDefault(p.label(), List.of()))));
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
            putIfPresent(o, "step", j.step());
        } else if (part instanceof RulePart.GradeOverride g) {
            o.put("input", g.input());
            o.put("forcesGrade", g.forcesGrade().label());
        }
        return o;
    }

    private static ObjectNode putScores(ObjectNode o, List<BigDecimal> scores) {
        if (!scores.isEmpty()) {
            ArrayNode a = o.putArray("allowedScores");
            scores.forEach(a::add);
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
