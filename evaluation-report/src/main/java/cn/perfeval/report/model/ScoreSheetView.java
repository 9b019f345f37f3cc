package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Attachment 2 (部门整体支出绩效自评表): the indicator tree with weights and scores, totals and grade.
 *
 * @param selfTotal the self-score total; {@code null} to sum the level-3 self-scores
 * @param selfGrade the grade the caller took from the template's bands (the domain's {@code ScoreResult.grade()});
 *                  {@code null} or blank prints blank: bands belong to the template, so none are applied here
 * @param review    {@code null} until the finance bureau has reviewed
 */
public record ScoreSheetView(List<IndicatorArea> areas, BigDecimal selfTotal, String selfGrade, ReviewOutcome review) {

    public ScoreSheetView {
        areas = List.copyOf(areas);
        if (selfTotal == null) {
            selfTotal = areas.stream().map(IndicatorArea::selfTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        selfGrade = Texts.strip(Texts.clean(selfGrade));
    }

    public BigDecimal totalWeight() {
        return areas.stream().map(IndicatorArea::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean reviewed() {
        return review != null;
    }

    /** Review total: as given, else the sum of the review scores; {@code null} before review. */
    public BigDecimal reviewTotal() {
        if (review == null) {
            return null;
        }
        if (review.total() != null) {
            return review.total();
        }
        return areas.stream().map(IndicatorArea::reviewTotal).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<IndicatorRow> indicators() {
        return areas.stream().flatMap(a -> a.indicators().stream()).toList();
    }

    public String totalWeightText() {
        return Numbers.score(totalWeight());
    }

    public String selfTotalText() {
        return Numbers.score(selfTotal);
    }

    public String reviewTotalText() {
        return Numbers.score(reviewTotal());
    }
}
