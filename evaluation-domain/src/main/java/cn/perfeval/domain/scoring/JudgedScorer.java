package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** judged: a score between 0 and the part's points given by judgement (酌情), shown with its justification and evidence. */
final class JudgedScorer {

    private JudgedScorer() {
    }

    static PartScore score(RulePart.Judged part, RuleInputs in) {
        Optional<BigDecimal> judged = in.number(part.input());
        if (judged.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), List.of(in.label(part.input())));
        }
        BigDecimal score = Decimals.score2(Decimals.clamp(judged.get(), BigDecimal.ZERO, part.points()));
        StringBuilder s = new StringBuilder(part.name()).append("：酌情").append(Points.got(score))
                .append("（满分").append(Points.p(part.points())).append("分）");
        if (part.evidenceInput() != null) {
            in.number(part.evidenceInput()).ifPresent(rate -> s.append("，").append(in.label(part.evidenceInput()))
                    .append(Decimals.plain(rate)).append("%"));
        }
        if (part.justificationInput() != null) {
            in.text(part.justificationInput()).ifPresent(t -> s.append("，理由：").append(t));
        }
        return PartScore.computed(part.label(), part.name(), score, s.toString());
    }
}
