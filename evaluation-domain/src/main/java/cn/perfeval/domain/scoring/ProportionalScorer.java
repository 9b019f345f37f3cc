package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** proportional: points × min(1, numerator / denominator). */
final class ProportionalScorer {

    private ProportionalScorer() {
    }

    static PartScore score(RulePart.Proportional part, RuleInputs in) {
        Resolved num = in.resolve(part.numerator());
        Resolved den = in.resolve(part.denominator());
        List<String> missing = new ArrayList<>(num.missing());
        missing.addAll(den.missing());
        if (!missing.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), missing);
        }
        if (den.value().signum() == 0) {
            return PartScore.cannotCompute(part.label(), part.name(), "分母" + den.shown() + "为0", List.of());
        }
        BigDecimal ratio = num.value().divide(den.value(), MathContext.DECIMAL128);
        BigDecimal capped = ratio.min(BigDecimal.ONE);
        BigDecimal score = Decimals.score2(Decimals.floorAtZero(part.points().multiply(capped)));
        String rate = Decimals.percentText(Decimals.rate2(ratio.multiply(Decimals.HUNDRED)));
        String cap = ratio.compareTo(BigDecimal.ONE) > 0 ? "（超过100%按100%计）" : "";
        return PartScore.computed(part.label(), part.name(), score,
                part.name() + " = " + num.shown() + " / " + den.shown() + " = " + rate + cap + "，"
                        + Points.p(part.points()) + " × min(1, " + rate + ")，" + Points.got(score));
    }
}
