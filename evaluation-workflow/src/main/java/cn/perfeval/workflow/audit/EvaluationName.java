package cn.perfeval.workflow.audit;

/** The evaluation a line of the trail is about, as people name it: its unit and year. */
public class EvaluationName {

    private Long id;
    private String unitName;
    private Integer evaluationYear;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public Integer getEvaluationYear() { return evaluationYear; }
    public void setEvaluationYear(Integer evaluationYear) { this.evaluationYear = evaluationYear; }

    /** 长沙市雨花区高桥街道办事处 2020年度自评 */
    public String label() {
        return unitName + " " + evaluationYear + "年度自评";
    }
}
