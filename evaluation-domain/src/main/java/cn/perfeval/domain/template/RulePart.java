package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One scored part of an indicator (①, ②, …). The kinds are few and parameterised; how each is scored lives in
 * {@code cn.perfeval.domain.scoring}, one class per kind.
 */
public sealed interface RulePart {

    /** "①", "②", … as in the scoring standard. */
    String label();

    /** Short Chinese name used in explanations, e.g. "在职人员控制率". */
    String name();

    /** The most this part can give; the parts of a rule add up to the indicator's weight. */
    BigDecimal maxPoints();

    /** The kind's key in the template JSON. */
    String kind();

    /** Names of the indicator's own inputs this part reads (not Attachment-1 sources). */
    List<String> inputNames();

    /** The scores this part can give under its standard, derived from its kind (a template may declare others). */
    AllowedScores allowedScores();

    /** Every operand reference, Attachment-1 ones included. */
    default List<Operand.Ref> refs() {
        return List.of();
    }

    /** Yes → points, no → 0 (checklists are rules made of these). */
    record Check(String label, String name, String input, BigDecimal points) implements RulePart {
        public String kind() {
            return "check";
        }

        public BigDecimal maxPoints() {
            return points;
        }

        public List<String> inputNames() {
            return List.of(input);
        }

        public AllowedScores allowedScores() {
            return AllowedScores.of(BigDecimal.ZERO, points);
        }
    }

    /** A value, or a ratio in percent, placed in one of several bands that together cover every value. */
    record Bands(String label, String name, Operand value, Operand numerator, Operand denominator, String unit,
                 List<PointBand> bands) implements RulePart {
        public Bands {
            bands = List.copyOf(bands);
            unit = unit == null ? "" : unit;
        }

        public boolean isRatio() {
            return numerator != null;
        }

        public String kind() {
            return "bands";
        }

        public BigDecimal maxPoints() {
            return bands.stream().map(PointBand::points).reduce(BigDecimal.ZERO, BigDecimal::max);
        }

        public List<Operand.Ref> refs() {
            return isRatio() ? Stream.concat(numerator.refs().stream(), denominator.refs().stream()).toList() : value.refs();
        }

        public AllowedScores allowedScores() {
            return AllowedScores.of(bands.stream().map(PointBand::points).toList());
        }

        public List<String> inputNames() {
            return ownInputs(refs());
        }
    }

    /** One ratio (in percent) measured against a limit or target. */
    record Measure(String name, Operand numerator, Operand denominator, BigDecimal limit) {
        public List<Operand.Ref> refs() {
            return Stream.concat(numerator.refs().stream(), denominator.refs().stream()).toList();
        }
    }

    /** What a per-point deduction gives when every measure's numerator and denominator are zero (nothing to measure). */
    record WhenNothingToMeasure(BigDecimal points, String note) {
    }

    /**
     * Full points less {@code perPoint} for every whole percentage point over (or under, or away from) the limit,
     * summed over the measures, floored at 0.
     */
    record PointDeduction(String label, String name, List<Measure> measures, Direction direction, BigDecimal points,
                          BigDecimal perPoint, WhenNothingToMeasure whenNothingToMeasure) implements RulePart {
        public PointDeduction {
            measures = List.copyOf(measures);
        }

        public String kind() {
            return "pointDeduction";
        }

        public BigDecimal maxPoints() {
            return whenNothingToMeasure == null ? points : points.max(whenNothingToMeasure.points());
        }

        public List<Operand.Ref> refs() {
            return measures.stream().flatMap(m -> m.refs().stream()).toList();
        }

        public AllowedScores allowedScores() {
            AllowedScores deducted = AllowedScores.deductions(points, perPoint);
            return whenNothingToMeasure == null ? deducted : deducted.union(AllowedScores.of(whenNothingToMeasure.points()));
        }

        public List<String> inputNames() {
            return ownInputs(refs());
        }
    }

    /** Full points less {@code perCase} per case found, floored at 0; a vetoing part zeroes the whole indicator on any case. */
    record CaseDeduction(String label, String name, String input, BigDecimal points, BigDecimal perCase,
                         boolean vetoesIndicator) implements RulePart {
        public String kind() {
            return "caseDeduction";
        }

        public BigDecimal maxPoints() {
            return points;
        }

        public AllowedScores allowedScores() {
            return vetoesIndicator ? AllowedScores.of(points, BigDecimal.ZERO) : AllowedScores.deductions(points, perCase);
        }

        public List<String> inputNames() {
            return List.of(input);
        }
    }

    /** One answer of a lookup: fixed points, or a judged score up to {@code judgedUpTo}; an optional note is shown. */
    record Choice(String value, String label, BigDecimal points, BigDecimal judgedUpTo, String note) {
        public BigDecimal maxPoints() {
            return points != null ? points : judgedUpTo;
        }
    }

    /** The chosen answer gives its points; {@code sourceInput} (optional text) says where the answer comes from. */
    record Lookup(String label, String name, String input, List<Choice> choices, String judgedInput,
                  String sourceInput) implements RulePart {
        public Lookup {
            choices = List.copyOf(choices);
        }

        public String kind() {
            return "lookup";
        }

        public BigDecimal maxPoints() {
            return choices.stream().map(Choice::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::max);
        }

        /** The fixed answers' points, and 0 up to judgedUpTo for a judged answer, said as the standard says it. */
        public AllowedScores allowedScores() {
            List<Choice> fixed = choices.stream().filter(c -> c.points() != null).toList();
            List<Choice> judged = choices.stream().filter(c -> c.points() == null).toList();
            AllowedScores scores = AllowedScores.of(fixed.stream().map(Choice::points).toList());
            if (judged.isEmpty()) {
                return scores;
            }
            StringBuilder words = new StringBuilder(fixed.isEmpty() ? "" : scores.describe());
            for (Choice c : judged) {
                scores = scores.union(AllowedScores.anyUpTo(c.judgedUpTo()));
                words.append(words.isEmpty() ? "" : "；").append("“").append(c.label()).append("”时0至")
                        .append(Decimals.plain(c.judgedUpTo())).append("分酌情");
            }
            return scores.statedAs(words.toString());
        }

        public List<String> inputNames() {
            List<String> names = new ArrayList<>(List.of(input));
            if (judgedInput != null) {
                names.add(judgedInput);
            }
            if (sourceInput != null) {
                names.add(sourceInput);
            }
            return names;
        }
    }

    /** points × min(1, numerator / denominator). */
    record Proportional(String label, String name, Operand numerator, Operand denominator, BigDecimal points) implements RulePart {
        public String kind() {
            return "proportional";
        }

        public BigDecimal maxPoints() {
            return points;
        }

        public AllowedScores allowedScores() {
            return AllowedScores.anyUpTo(points);
        }

        public List<Operand.Ref> refs() {
            return Stream.concat(numerator.refs().stream(), denominator.refs().stream()).toList();
        }

        public List<String> inputNames() {
            return ownInputs(refs());
        }
    }

    /**
     * A score between 0 and points given by judgement (酌情), with an optional written justification and evidence rate;
     * with a {@code step} (may be null) only its multiples, e.g. 0.5.
     */
    record Judged(String label, String name, String input, BigDecimal points, String justificationInput,
                  String evidenceInput, BigDecimal step) implements RulePart {
        public Judged(String label, String name, String input, BigDecimal points, String justificationInput, String evidenceInput) {
            this(label, name, input, points, justificationInput, evidenceInput, null);
        }

        public String kind() {
            return "judged";
        }

        public BigDecimal maxPoints() {
            return points;
        }

        public AllowedScores allowedScores() {
            return step == null ? AllowedScores.anyUpTo(points) : AllowedScores.steps(points, step);
        }

        public List<String> inputNames() {
            List<String> names = new ArrayList<>(List.of(input));
            if (justificationInput != null) {
                names.add(justificationInput);
            }
            if (evidenceInput != null) {
                names.add(evidenceInput);
            }
            return names;
        }
    }

    /** A yes/no that, when yes, forces the score grade of the whole evaluation (e.g. 违规情况特别严重 → 差); gives no points. */
    record GradeOverride(String label, String name, String input, cn.perfeval.domain.evaluation.ScoreGrade forcesGrade) implements RulePart {
        public String kind() {
            return "gradeOverride";
        }

        public BigDecimal maxPoints() {
            return BigDecimal.ZERO;
        }

        public AllowedScores allowedScores() {
            return AllowedScores.of(BigDecimal.ZERO);
        }

        public List<String> inputNames() {
            return List.of(input);
        }
    }

    private static List<String> ownInputs(List<Operand.Ref> refs) {
        return refs.stream().filter(r -> !r.isBasicData()).map(Operand.Ref::source).distinct().toList();
    }

}
