package cn.perfeval.workflow.task;

import java.sql.Timestamp;

/** One open task of a to-do list as SQL answers it: the engine's task joined with its evaluation and unit. */
public class TodoRow {

    private String taskId;
    private String definitionKey;
    private Timestamp since;
    private Long evaluationId;
    private Long unitId;
    private Integer evaluationYear;
    private String status;
    private Long campaignId;
    /** How many rows the whole list has (counted over the same rows in the same statement). */
    private Long total;

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getDefinitionKey() { return definitionKey; }
    public void setDefinitionKey(String definitionKey) { this.definitionKey = definitionKey; }
    public Timestamp getSince() { return since; }
    public void setSince(Timestamp since) { this.since = since; }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getEvaluationYear() { return evaluationYear; }
    public void setEvaluationYear(Integer evaluationYear) { this.evaluationYear = evaluationYear; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getTotal() { return total; }
    public void setTotal(Long total) { this.total = total; }
}
