package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.List;

/** A level-1 indicator (一级指标: 投入, 过程, 产出, 效果) with its level-2 groups and its totals. */
public record IndicatorArea(String code, String name, BigDecimal weight, List<IndicatorGroup> groups) {

    public IndicatorArea {
        code = Texts.clean(code);
        name = Texts.clean(name);
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("level-1 indicator " + code + " has no level-2 indicators");
        }
    }

    public int rowCount() {
        return groups.stream().mapToInt(IndicatorGroup::rowCount).sum();
    }

    public List<IndicatorRow> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    /** Sum of the self-scores (missing ones count 0). */
    public BigDecimal selfTotal() {
        return indicators().stream().map(IndicatorRow::selfScore).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the review scores, or {@code null} when none is given. */
    public BigDecimal reviewTotal() {
        List<BigDecimal> r = indicators().stream().map(IndicatorRow::reviewScore).filter(java.util.Objects::nonNull).toList();
        return r.isEmpty() ? null : r.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String weightText() {
        return Numbers.score(weight);
    }

    public String selfTotalText() {
        return Numbers.score(selfTotal());
    }

    public String reviewTotalText() {
        return Numbers.score(reviewTotal());
    }
}
