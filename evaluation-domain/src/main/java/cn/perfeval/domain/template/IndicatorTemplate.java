package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataRequirements;
import cn.perfeval.domain.report.ReportOutline;

import cn.perfeval.domain.evaluation.ScoreGrade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator tree with weights, texts and scoring rules, the grade bands of the total, the outline of the report
 * (附件3) a draft starts with, and what Attachment 1 must hold before submission.
 */
public record IndicatorTemplate(String code,
                                String name,
                                int year,
                                BigDecimal totalWeight,
                                String source,
                                List<GradeBand> scoreGrades,
                                List<Indicator> indicators,
                                ReportOutline reportOutline,
                                BasicDataRequirements basicDataRequirements) {

    public IndicatorTemplate {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(totalWeight);
        scoreGrades = List.copyOf(scoreGrades);
        indicators = List.copyOf(indicators);
        reportOutline = reportOutline == null ? ReportOutline.NONE : reportOutline;
        basicDataRequirements = basicDataRequirements == null ? BasicDataRequirements.NONE : basicDataRequirements;
    }

    public IndicatorTemplate(String code, String name, int year, BigDecimal totalWeight, String source,
                             List<GradeBand> scoreGrades, List<Indicator> indicators) {
        this(code, name, year, totalWeight, source, scoreGrades, indicators, ReportOutline.NONE, BasicDataRequirements.NONE);
    }

    /** Every node, depth first, in the printed order. */
    public List<Indicator> all() {
        return indicators.stream().flatMap(Indicator::flatten).toList();
    }

    public List<Indicator> leaves() {
        return all().stream().filter(Indicator::isLeaf).toList();
    }

    /** Depth first without copying the tree: scoring and reading ask this once per indicator. */
    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(find(indicators, code));
    }

    private static Indicator find(List<Indicator> nodes, String code) {
        for (Indicator node : nodes) {
            if (node.code().equals(code)) {
                return node;
            }
            Indicator below = find(node.children(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    public Optional<Indicator> leaf(String code) {
        return find(code).filter(Indicator::isLeaf);
    }

    public Optional<ScoreGrade> gradeFor(BigDecimal total) {
        return scoreGrades.stream().filter(b -> b.range().contains(total)).map(GradeBand::grade).findFirst();
    }
}
