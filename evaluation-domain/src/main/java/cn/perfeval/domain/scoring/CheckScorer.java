package cn.perfeval.domain.scoring;

import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** check: yes gives the points, no gives 0 (a checklist is a rule made of these). */
final class CheckScorer {

    private CheckScorer() {
    }

    static PartScore score(RulePart.Check part, RuleInputs in) {
        Optional<Boolean> answer = in.yesNo(part.input());
        if (answer.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), List.of(in.label(part.input())));
        }
        BigDecimal score = answer.get() ? part.points() : BigDecimal.ZERO;
        return PartScore.computed(part.label(), part.name(), score,
                part.name() + "：" + (answer.get() ? "是" : "否") + "，" + Points.got(score));
    }
}
