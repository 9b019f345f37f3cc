package cn.perfeval.domain.scoring;

import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** gradeOverride: gives no points; a yes forces the grade of the whole evaluation (see ScoringEngine). */
final class GradeOverrideScorer {

    private GradeOverrideScorer() {
    }

    static PartScore score(RulePart.GradeOverride part, RuleInputs in) {
        Optional<Boolean> answer = in.yesNo(part.input());
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (answer.isEmpty()) {
            String missing = in.label(part.input());
            return new PartScore(part.label(), part.name(), zero,
                    part.name() + "无法判断：缺少" + missing + "（本项不计分，不影响本指标得分）", List.of(missing));
        }
        return PartScore.computed(part.label(), part.name(), zero, part.name() + "：" + (answer.get()
                ? "是，评价等级定为“" + part.forcesGrade().label() + "”" : "否") + "（本项不计分）");
    }

    static boolean forces(RulePart.GradeOverride part, RuleInputs in) {
        return in.yesNo(part.input()).orElse(false);
    }
}
