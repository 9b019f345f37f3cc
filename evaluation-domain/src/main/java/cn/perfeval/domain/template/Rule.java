package cn.perfeval.domain.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** How a leaf indicator is scored: the inputs it asks for and its parts, whose points add up to the weight. */
public record Rule(List<InputSpec> inputs, List<RulePart> parts) {

    public Rule {
        inputs = List.copyOf(inputs);
        parts = List.copyOf(parts);
    }

    public Optional<InputSpec> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The highest score a SCORE input may hold: the judged part's points, or a lookup choice's judgedUpTo. */
    public Optional<BigDecimal> scoreMax(String inputName) {
        for (RulePart p : parts) {
            if (p instanceof RulePart.Judged j && j.input().equals(inputName)) {
                return Optional.of(j.points());
            }
            if (p instanceof RulePart.Lookup l && inputName.equals(l.judgedInput())) {
                return l.choices().stream().map(RulePart.Choice::judgedUpTo).filter(v -> v != null).reduce(BigDecimal::max);
            }
        }
        return Optional.empty();
    }

    /** The values a CHOICE input may take. */
    public List<String> choices(String inputName) {
        for (RulePart p : parts) {
            if (p instanceof RulePart.Lookup l && l.input().equals(inputName)) {
                return l.choices().stream().map(RulePart.Choice::value).toList();
            }
        }
        return List.of();
    }

    public BigDecimal maxPoints() {
        return parts.stream().map(RulePart::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
