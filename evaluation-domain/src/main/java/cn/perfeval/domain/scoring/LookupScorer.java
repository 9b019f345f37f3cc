package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** lookup: the chosen answer gives its points, or a judged score up to its judgedUpTo. */
final class LookupScorer {

    private LookupScorer() {
    }

    static PartScore score(RulePart.Lookup part, RuleInputs in) {
        Optional<String> value = in.text(part.input());
        if (value.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), List.of(in.label(part.input())));
        }
        Optional<RulePart.Choice> choice = part.choices().stream().filter(c -> c.value().equals(value.get())).findFirst();
        if (choice.isEmpty()) {
            return PartScore.cannotCompute(part.label(), part.name(), "“" + value.get() + "”不是可选项", List.of(in.label(part.input())));
        }
        RulePart.Choice c = choice.get();
        String source = part.sourceInput() == null ? "" : in.text(part.sourceInput()).map(s -> "（来源：" + s + "）").orElse("");
        String note = c.note() == null ? "" : "（" + c.note() + "）";
        if (c.points() != null) {
            BigDecimal score = Decimals.score2(c.points());
            return PartScore.computed(part.label(), part.name(), score, part.name() + "：" + c.label() + source + "，" + Points.got(score) + note);
        }
        Optional<BigDecimal> judged = in.number(part.judgedInput());
        if (judged.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), List.of(in.label(part.judgedInput())));
        }
        BigDecimal score = Decimals.score2(Decimals.clamp(judged.get(), BigDecimal.ZERO, c.judgedUpTo()));
        return PartScore.computed(part.label(), part.name(), score, part.name() + "：" + c.label() + source + "，酌情"
                + Points.got(score) + "（最高" + Points.p(c.judgedUpTo()) + "分）" + note);
    }
}
