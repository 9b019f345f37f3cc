package cn.perfeval.workflow.evaluation;

import cn.perfeval.domain.evaluation.EvaluationStatus;

/** What a list of evaluations may be narrowed by; every field may be missing. {@code unitName} is a part of the name. */
public record EvaluationFilter(Integer year, EvaluationStatus status, Long unitId, Long campaignId, String unitName) {

    public static final EvaluationFilter NONE = new EvaluationFilter(null, null, null, null, null);

    public static EvaluationFilter byYearStatusUnit(Integer year, EvaluationStatus status, Long unitId) {
        return new EvaluationFilter(year, status, unitId, null, null);
    }

    public boolean searchesName() {
        return unitName != null && !unitName.isBlank();
    }
}
