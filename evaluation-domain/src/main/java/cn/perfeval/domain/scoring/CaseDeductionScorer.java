package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** caseDeduction: points − perCase × cases, floored at 0; a vetoing part zeroes the indicator on any case (see ScoringEngine). */
final class CaseDeductionScorer {

    private CaseDeductionScorer() {
    }

    static PartScore score(RulePart.CaseDeduction part, RuleInputs in) {
        Optional<BigDecimal> cases = in.number(part.input());
        if (cases.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), List.of(in.label(part.input())));
        }
        BigDecimal n = cases.get();
        if (n.signum() == 0) {
            BigDecimal score = Decimals.score2(part.points());
            return PartScore.computed(part.label(), part.name(), score, part.name() + "：未发现不符合情形，" + Points.got(score));
        }
        if (part.vetoesIndicator()) {
            return PartScore.computed(part.label(), part.name(), BigDecimal.ZERO.setScale(2),
                    part.name() + "：发现不符合" + Points.p(n) + "例，本指标全扣，计0分");
        }
        BigDecimal deduction = part.perCase().multiply(n);
        BigDecimal score = Decimals.score2(Decimals.floorAtZero(part.points().subtract(deduction)));
        return PartScore.computed(part.label(), part.name(), score,
                part.name() + "：发现不符合" + Points.p(n) + "例，扣" + Points.p(n) + " × " + Points.p(part.perCase()) + " = "
                        + Points.p(deduction) + "分，" + Points.got(score) + (deduction.compareTo(part.points()) > 0 ? "（扣完为止）" : ""));
    }

    static boolean vetoes(RulePart.CaseDeduction part, RuleInputs in) {
        return part.vetoesIndicator() && in.number(part.input()).map(n -> n.signum() > 0).orElse(false);
    }
}
