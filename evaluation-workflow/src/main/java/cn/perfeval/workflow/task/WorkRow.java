package cn.perfeval.workflow.task;

import java.time.LocalDateTime;

/** One row of a work list as SQL answers it: an evaluation and what was done to it, by whom, when. */
public class WorkRow {

    private Long evaluationId;
    private Long unitId;
    private String unitName;
    private Integer evaluationYear;
    private String status;
    private Long campaignId;
    private String action;
    private String actor;
    private String detail;
    private LocalDateTime actedAt;

    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public Integer getEvaluationYear() { return evaluationYear; }
    public void setEvaluationYear(Integer evaluationYear) { this.evaluationYear = evaluationYear; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public LocalDateTime getActedAt() { return actedAt; }
    public void setActedAt(LocalDateTime actedAt) { this.actedAt = actedAt; }
}
