package cn.perfeval.domain.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a leaf indicator is scored: the inputs it asks for and its parts, whose points add up to the weight.
 * {@code declaredScores} (may be empty) are the indicator's allowed scores where the template states them instead of
 * deriving them from the parts; {@code declaredPartScores} the same per part label.
 */
public record Rule(List<InputSpec> inputs, List<RulePart> parts, List<BigDecimal> declaredScores,
                   Map<String, List<BigDecimal>> declaredPartScores) {

    public Rule {
        inputs = List.copyOf(inputs);
        parts = List.copyOf(parts);
        declaredScores = declaredScores == null ? List.of() : List.copyOf(declaredScores);
        declaredPartScores = declaredPartScores == null ? Map.of() : Map.copyOf(declaredPartScores);
    }

    public Rule(List<InputSpec> inputs, List<RulePart> parts) {
        this(inputs, parts, List.of(), Map.of());
    }

    /** The scores a part can give: as the template declares them for it, or as its kind implies. */
    public AllowedScores allowedScores(RulePart part) {
        List<BigDecimal> declared = declaredPartScores.get(part.label());
        return declared == null ? part.allowedScores() : AllowedScores.of(declared);
    }

    /**
     * The scores the indicator can give under its standard: as declared, or every sum of one allowed score per part,
     * with 0 whenever a part can veto the indicator, never above the parts' total (the weight).
     */
    public AllowedScores allowedScores() {
        if (!declaredScores.isEmpty()) {
            return AllowedScores.of(declaredScores);
        }
        AllowedScores sums = AllowedScores.of(BigDecimal.ZERO);
        for (RulePart part : parts) {
            sums = sums.plus(allowedScores(part));
        }
        if (parts.stream().anyMatch(p -> p instanceof RulePart.CaseDeduction c && c.vetoesIndicator())) {
            sums = sums.union(AllowedScores.of(BigDecimal.ZERO));
        }
        return sums.atMost(maxPoints());
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
