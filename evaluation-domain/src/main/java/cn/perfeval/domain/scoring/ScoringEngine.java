package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.ScoreGrade;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.RulePart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores an evaluation by its template. Every number comes from the template's rules and the evaluation's data;
 * what cannot be computed is said so, and the self-score stands, flagged.
 */
public final class ScoringEngine {

    public ScoreResult score(Evaluation evaluation, IndicatorTemplate template) {
        List<IndicatorScore> scores = new ArrayList<>();
        List<String> forcedBy = new ArrayList<>();
        ScoreGrade forcedGrade = null;
        for (Indicator leaf : template.leaves()) {
            RuleInputs in = new RuleInputs(evaluation, leaf);
            scores.add(scoreLeaf(evaluation, leaf, in));
            if (leaf.rule() != null) {
                for (RulePart part : leaf.rule().parts()) {
                    if (part instanceof RulePart.GradeOverride g && GradeOverrideScorer.forces(g, in)) {
                        forcedGrade = g.forcesGrade();
                        forcedBy.add(leaf.code() + leaf.name() + g.label() + g.name());
                    }
                }
            }
        }
        Map<String, BigDecimal> levelTotals = new LinkedHashMap<>();
        for (Indicator node : template.all()) {
            if (!node.isLeaf()) {
                levelTotals.put(node.code(), Decimals.score2(node.flatten().filter(Indicator::isLeaf)
                        .map(l -> evaluation.scoreSheet().selfScore(l.code()).orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        BigDecimal total = Decimals.score2(scores.stream().map(IndicatorScore::selfScore).filter(s -> s != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        ScoreGrade grade = template.gradeFor(total).orElse(null);
        String gradeNote = null;
        if (forcedGrade != null) {
            gradeNote = String.join("、", forcedBy) + "：违规情况特别严重，评价等级定为“" + forcedGrade.label() + "”";
            grade = forcedGrade;
        }
        List<String> selfMissing = scores.stream().filter(s -> s.selfScore() == null).map(IndicatorScore::code).toList();
        return new ScoreResult(scores, levelTotals, total, grade, gradeNote, selfMissing);
    }

    private IndicatorScore scoreLeaf(Evaluation evaluation, Indicator leaf, RuleInputs in) {
        BigDecimal self = evaluation.scoreSheet().selfScore(leaf.code()).orElse(null);
        String reason = evaluation.scoreSheet().reason(leaf.code()).orElse(null);
        if (leaf.rule() == null) {
            return new IndicatorScore(leaf.code(), leaf.name(), leaf.weight(), self, null, List.of(), List.of(), true, reason,
                    "无法计算：模板未设置评分规则");
        }
        List<PartScore> parts = new ArrayList<>();
        boolean vetoed = false;
        for (RulePart part : leaf.rule().parts()) {
            parts.add(scorePart(part, in));
            if (part instanceof RulePart.CaseDeduction c && CaseDeductionScorer.vetoes(c, in)) {
                vetoed = true;
            }
        }
        List<String> missing = parts.stream().flatMap(p -> p.missing().stream()).distinct().toList();
        BigDecimal computed;
        String summary;
        if (vetoed) {
            computed = BigDecimal.ZERO.setScale(2);
            summary = "存在一票否决情形，本指标计0分";
        } else if (parts.stream().allMatch(PartScore::isComputed)) {
            BigDecimal sum = parts.stream().map(PartScore::computedScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            computed = Decimals.score2(Decimals.clamp(sum, BigDecimal.ZERO, leaf.weight()));
            summary = "计算得分" + Points.p(computed) + "分";
        } else {
            computed = null;
            List<String> why = parts.stream().filter(p -> !p.isComputed()).map(PartScore::explanation).toList();
            summary = missing.isEmpty() ? String.join("；", why) : "无法计算：缺少" + String.join("、", missing);
            summary += self == null ? "" : "，保留自评得分" + Points.p(self) + "分";
        }
        SelfScoreSupport support = SelfScoreAssessment.assess(leaf, self, parts, vetoed);
        boolean flagged = computed == null || self == null || (self.compareTo(computed) != 0 && reason == null);
        if (computed != null && self != null && self.compareTo(computed) != 0) {
            summary += "，与自评得分" + Points.p(self) + "分不一致" + (reason == null ? "且未说明理由" : "（理由：" + reason + "）");
        }
        return new IndicatorScore(leaf.code(), leaf.name(), leaf.weight(), self, computed, parts, missing, flagged, reason, summary, support);
    }

    private static PartScore scorePart(RulePart part, RuleInputs in) {
        if (part instanceof RulePart.Check p) {
            return CheckScorer.score(p, in);
        } else if (part instanceof RulePart.Bands p) {
            return BandsScorer.score(p, in);
        } else if (part instanceof RulePart.PointDeduction p) {
            return PointDeductionScorer.score(p, in);
        } else if (part instanceof RulePart.CaseDeduction p) {
            return CaseDeductionScorer.score(p, in);
        } else if (part instanceof RulePart.Lookup p) {
            return LookupScorer.score(p, in);
        } else if (part instanceof RulePart.Proportional p) {
            return ProportionalScorer.score(p, in);
        } else if (part instanceof RulePart.Judged p) {
            return JudgedScorer.score(p, in);
        } else if (part instanceof RulePart.GradeOverride p) {
            return GradeOverrideScorer.score(p, in);
        }
        throw new IllegalArgumentException("unknown rule part " + part);
    }

    /** The computed score of one leaf, for callers that need only that. */
    public Optional<IndicatorScore> scoreOne(Evaluation evaluation, IndicatorTemplate template, String code) {
        return template.leaf(code).map(leaf -> scoreLeaf(evaluation, leaf, new RuleInputs(evaluation, leaf)));
    }
}
