package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.AllowedScores;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.Rule;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a self-score against the standard: the outcomes the template allows at all, and the highest the parts allow
 * once the scored parts count at their computed score and the unanswered ones at their best.
 */
final class SelfScoreAssessment {

    private SelfScoreAssessment() {
    }

    static SelfScoreSupport assess(Indicator leaf, BigDecimal self, List<PartScore> parts, boolean vetoed) {
        Rule rule = leaf.rule();
        AllowedScores standard = rule.allowedScores();
        String described = self == null ? standard.describe() : standard.describeNear(self);
        boolean allowed = self == null || standard.allows(self);
        List<RulePart> ruleParts = rule.parts();
        boolean anyScored = false;
        AllowedScores reachable = AllowedScores.of(BigDecimal.ZERO);
        List<String> scored = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < ruleParts.size(); i++) {
            RulePart part = ruleParts.get(i);
            PartScore score = parts.get(i);
            if (part instanceof RulePart.GradeOverride) {
                continue;
            }
            if (score.isComputed() && score.missing().isEmpty()) {
                anyScored = true;
                reachable = reachable.plus(AllowedScores.of(score.computedScore()));
                scored.add(score.label() + score.explanation());
            } else {
                reachable = reachable.plus(rule.allowedScores(part));
                open.add(score.label());
            }
        }
        if (!anyScored) {
            return new SelfScoreSupport(allowed, false, null, described, null);
        }
        BigDecimal highest = vetoed ? BigDecimal.ZERO : reachable.atMost(leaf.weight()).max();
        highest = Decimals.score2(highest);
        String basis;
        if (vetoed) {
            basis = "存在一票否决情形，本指标计0分";
        } else if (open.isEmpty()) {
            basis = String.join("；", scored);
        } else {
            basis = String.join("；", scored) + "；" + String.join("、", open) + "未填答，按满分计";
        }
        boolean above = self != null && self.compareTo(highest) > 0;
        return new SelfScoreSupport(allowed, above, highest, described, basis);
    }
}
