package cn.perfeval.workflow.evaluation;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.persistence.EvaluationRecord;

/** An evaluation row the actor may see, with its unit. */
public record LoadedEvaluation(EvaluationRecord record, OrgUnitRecord unit) {

    public long id() {
        return record.getId();
    }

    public EvaluationStatus status() {
        return EvaluationStatus.valueOf(record.getStatus());
    }

    public boolean is(EvaluationStatus... statuses) {
        EvaluationStatus current = status();
        for (EvaluationStatus s : statuses) {
            if (s == current) {
                return true;
            }
        }
        return false;
    }
}
