package cn.perfeval.workflow.event;

/** What a notice or an audit entry says about the evaluation an event happened to. */
public record EvaluationRef(long id, long unitId, String unitShortName, long bureauId, int year, int round) {

    /** 高桥街道办事处2020年度绩效自评 */
    public String title() {
        return unitShortName + year + "年度绩效自评";
    }
}
