package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.Direction;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * pointDeduction: each measure is a rate rounded half-up to 2 decimals; whole percentage points over (under, away from)
 * its limit are counted, rounded down, and summed; the part gives points − perPoint × that sum, floored at 0.
 */
final class PointDeductionScorer {

    private PointDeductionScorer() {
    }

    static PartScore score(RulePart.PointDeduction part, RuleInputs in) {
        List<String> missing = new ArrayList<>();
        List<Resolved[]> resolved = new ArrayList<>();
        for (RulePart.Measure m : part.measures()) {
            Resolved num = in.resolve(m.numerator());
            Resolved den = in.resolve(m.denominator());
            missing.addAll(num.missing());
            missing.addAll(den.missing());
            resolved.add(new Resolved[] {num, den});
        }
        if (!missing.isEmpty()) {
            return PartScore.missing(part.label(), part.name(), missing.stream().distinct().toList());
        }
        boolean nothingToMeasure = resolved.stream().allMatch(r -> r[0].value().signum() == 0 && r[1].value().signum() == 0);
        if (nothingToMeasure && part.whenNothingToMeasure() != null) {
            BigDecimal score = Decimals.score2(part.whenNothingToMeasure().points());
            return PartScore.computed(part.label(), part.name(), score,
                    part.name() + "：" + part.whenNothingToMeasure().note() + "，" + Points.got(score));
        }
        List<String> lines = new ArrayList<>();
        BigDecimal wholePoints = BigDecimal.ZERO;
        for (int i = 0; i < part.measures().size(); i++) {
            RulePart.Measure m = part.measures().get(i);
            Resolved num = resolved.get(i)[0];
            Resolved den = resolved.get(i)[1];
            String name = m.name() != null ? m.name() : part.name();
            if (den.value().signum() == 0) {
                return PartScore.cannotCompute(part.label(), part.name(), name + "的分母" + den.shown() + "为0", List.of());
            }
            BigDecimal rate = Decimals.rate2(Decimals.percent(num.value(), den.value()).orElseThrow());
            BigDecimal gap = gap(part.direction(), rate, m.limit());
            BigDecimal whole = Decimals.wholePoints(gap);
            wholePoints = wholePoints.add(whole);
            lines.add(name + " = " + num.shown() + " / " + den.shown() + " = " + describe(part.direction(), rate, m.limit(), gap, whole));
        }
        BigDecimal deduction = part.perPoint().multiply(wholePoints);
        BigDecimal score = Decimals.score2(Decimals.floorAtZero(part.points().subtract(deduction)));
        String result;
        if (wholePoints.signum() == 0) {
            result = Points.got(score);
        } else {
            result = "扣" + Points.p(wholePoints) + " × " + Points.p(part.perPoint()) + " = " + Points.p(deduction) + "分，"
                    + Points.got(score) + (deduction.compareTo(part.points()) > 0 ? "（扣完为止）" : "");
        }
        return PartScore.computed(part.label(), part.name(), score, String.join("；", lines) + "，" + result);
    }

    private static BigDecimal gap(Direction direction, BigDecimal rate, BigDecimal limit) {
        return switch (direction) {
            case OVER -> rate.subtract(limit);
            case UNDER -> limit.subtract(rate);
            case EITHER -> rate.subtract(limit).abs();
        };
    }

    private static String describe(Direction direction, BigDecimal rate, BigDecimal limit, BigDecimal gap, BigDecimal whole) {
        String r = Decimals.percentText(rate);
        String l = Decimals.plain(limit) + "%";
        if (gap.signum() <= 0) {
            return switch (direction) {
                case OVER -> r + " ≤ " + l;
                case UNDER -> r + " ≥ " + l;
                case EITHER -> r + "，等于" + l;
            };
        }
        String side = switch (direction) {
            case OVER -> "超出" + l;
            case UNDER -> "低于" + l;
            case EITHER -> rate.compareTo(limit) > 0 ? "超过" + l : "低于" + l;
        };
        if (whole.signum() == 0) {
            return r + "，" + side + Decimals.plain(gap) + "个百分点，不足1个百分点不扣分";
        }
        return r + "，" + side + Decimals.plain(gap) + "个百分点，按" + Decimals.plain(whole) + "个整百分点扣分";
    }
}
