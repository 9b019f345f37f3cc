package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.template.PointBand;
import cn.perfeval.domain.template.Range;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** bands: the value (or the ratio in percent, rounded half-up to 2 decimals) falls in exactly one band, which gives the points. */
final class BandsScorer {

    private BandsScorer() {
    }

    static PartScore score(RulePart.Bands part, RuleInputs in) {
        BigDecimal measured;
        String formula;
        String shownValue;
        if (part.isRatio()) {
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
            measured = Decimals.rate2(Decimals.percent(num.value(), den.value()).orElseThrow());
            formula = part.name() + " = " + num.shown() + " / " + den.shown() + " = ";
            shownValue = Decimals.percentText(measured);
        } else {
            Resolved v = in.resolve(part.value());
            if (v.isMissing()) {
                return PartScore.missing(part.label(), part.name(), v.missing());
            }
            measured = v.value();
            String plain = Decimals.plain(measured) + part.unit();
            formula = part.name() + " = " + (v.shown().equals(Decimals.plain(measured)) ? "" : v.shown() + " = ");
            shownValue = plain;
        }
        for (PointBand band : part.bands()) {
            if (band.range().contains(measured)) {
                Range r = band.range();
                String where = r.lower() != null && r.upper() != null
                        ? shownValue + "，" + r.describe(shownValue, part.unit())
                        : r.describe(shownValue, part.unit());
                BigDecimal score = Decimals.score2(band.points());
                return PartScore.computed(part.label(), part.name(), score, formula + where + "，" + Points.got(score));
            }
        }
        return PartScore.cannotCompute(part.label(), part.name(), shownValue + "不在任何分档内", List.of());
    }
}
