package cn.perfeval.domain.scoring;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.InputSpec;
import cn.perfeval.domain.template.Operand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one leaf's rule reads: its own inputs from the score sheet and named figures of Attachment 1. */
final class RuleInputs {

    private final Evaluation evaluation;
    private final Indicator leaf;

    RuleInputs(Evaluation evaluation, Indicator leaf) {
        this.evaluation = evaluation;
        this.leaf = leaf;
    }

    String label(String input) {
        return leaf.rule().input(input).map(InputSpec::label).orElse(input);
    }

    Optional<InputValue> raw(String input) {
        return evaluation.scoreSheet().input(leaf.code(), input);
    }

    Optional<Boolean> yesNo(String input) {
        return raw(input).filter(InputValue.YesNo.class::isInstance).map(v -> ((InputValue.YesNo) v).value());
    }

    Optional<BigDecimal> number(String input) {
        return raw(input).filter(InputValue.Number.class::isInstance).map(v -> ((InputValue.Number) v).value());
    }

    Optional<String> text(String input) {
        return raw(input).filter(InputValue.Text.class::isInstance).map(v -> ((InputValue.Text) v).value())
                .filter(s -> !s.isBlank());
    }

    /**
     * An operand's value and how it reads in a formula. Terms that were not entered and stand in as 0 are left out of
     * the text: {@code (a + b)}, {@code (a − b − c)}, {@code |a − b|}, and a floored difference below 0 reads
     * {@code (a − b，小于0按0计)}.
     */
    Resolved resolve(Operand op) {
        if (op instanceof Operand.Ref ref) {
            return resolveRef(ref);
        }
        if (op instanceof Operand.Sum s) {
            return combine(s.terms(), true).resolved(" + ");
        }
        if (op instanceof Operand.Difference d) {
            Combined c = combine(d.terms(), false);
            if (d.floorAtZero() && !c.isMissing() && c.value().signum() < 0) {
                return Resolved.of(BigDecimal.ZERO, "(" + c.joined(" − ") + "，小于0按0计)");
            }
            return c.resolved(" − ");
        }
        Combined c = combine(((Operand.AbsoluteDifference) op).terms(), false);
        if (c.isMissing()) {
            return Resolved.missing(c.missing());
        }
        return Resolved.of(c.value().abs(), "|" + c.joined(" − ") + "|");
    }

    /** The terms added up, or the first minus every other; what is shown of each, or what is missing. */
    private record Combined(BigDecimal value, List<String> shown, List<String> missing) {
        boolean isMissing() {
            return !missing.isEmpty();
        }

        String joined(String sign) {
            return shown.isEmpty() ? Decimals.plain(value) : String.join(sign, shown);
        }

        Resolved resolved(String sign) {
            if (isMissing()) {
                return Resolved.missing(missing);
            }
            return Resolved.of(value, shown.size() > 1 ? "(" + joined(sign) + ")" : joined(sign));
        }
    }

    private Combined combine(List<Operand> terms, boolean add) {
        List<String> missing = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        BigDecimal value = null;
        for (int i = 0; i < terms.size(); i++) {
            Operand term = terms.get(i);
            Resolved r = resolve(term);
            if (r.isMissing()) {
                missing.addAll(r.missing());
                continue;
            }
            if (!(isDefaulted(term) && r.value().signum() == 0)) {
                shown.add(r.shown());
            }
            if (value == null) {
                value = r.value();
            } else {
                value = add || i == 0 ? value.add(r.value()) : value.subtract(r.value());
            }
        }
        return new Combined(value, shown, missing);
    }

    private boolean isDefaulted(Operand term) {
        if (term instanceof Operand.Ref ref && ref.ifMissing() != null) {
            return !ref.isBasicData() && number(ref.source()).isEmpty();
        }
        return false;
    }

    private Resolved resolveRef(Operand.Ref ref) {
        Optional<BigDecimal> value;
        String label;
        if (ref.isBasicData()) {
            label = BasicDataSheet.knownSources().getOrDefault(ref.source(), ref.source());
            Cell cell = evaluation.basicData().source(ref.source()).orElse(Cell.blank());
            value = cell.value();
            if (cell.isNotApplicable()) {
                label = label + "（填报为不适用）";
            }
        } else {
            label = label(ref.source());
            value = number(ref.source());
        }
        if (value.isPresent()) {
            return Resolved.of(value.get(), Decimals.plain(value.get()));
        }
        if (ref.ifMissing() != null) {
            return Resolved.of(ref.ifMissing(), Decimals.plain(ref.ifMissing()));
        }
        return Resolved.missing(List.of(label));
    }
}
