package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A row of evaluation: where one unit's evaluation of one year stands, with its totals and review. */
@TableName("evaluation")
public class EvaluationRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long campaignId;
    private Long unitId;
    /** The bureau the unit reports to (the unit itself for a bureau): the bureau's list is one index range. */
    private Long bureauId;
    private Integer evaluationYear;
    private String templateCode;
    private EvaluationStatus status;
    private Integer currentRound;
    private String processInstanceId;
    private BigDecimal selfTotal;
    private String selfGrade;
    private BigDecimal reviewTotal;
    private String reviewGrade;
    private String reviewOpinion;
    private String submittedBy;
    private LocalDateTime submittedAt;
    private LocalDateTime publishedAt;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private Integer version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getBureauId() { return bureauId; }
    public void setBureauId(Long bureauId) { this.bureauId = bureauId; }
    public Integer getEvaluationYear() { return evaluationYear; }
    public void setEvaluationYear(Integer evaluationYear) { this.evaluationYear = evaluationYear; }
    public String getTemplateCode() { return templateCode; }
    public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
    public EvaluationStatus getStatus() { return status; }
    public void setStatus(EvaluationStatus status) { this.status = status; }
    public Integer getCurrentRound() { return currentRound; }
    public void setCurrentRound(Integer currentRound) { this.currentRound = currentRound; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public BigDecimal getSelfTotal() { return selfTotal; }
    public void setSelfTotal(BigDecimal selfTotal) { this.selfTotal = selfTotal; }
    public String getSelfGrade() { return selfGrade; }
    public void setSelfGrade(String selfGrade) { this.selfGrade = selfGrade; }
    public BigDecimal getReviewTotal() { return reviewTotal; }
    public void setReviewTotal(BigDecimal reviewTotal) { this.reviewTotal = reviewTotal; }
    public String getReviewGrade() { return reviewGrade; }
    public void setReviewGrade(String reviewGrade) { this.reviewGrade = reviewGrade; }
    public String getReviewOpinion() { return reviewOpinion; }
    public void setReviewOpinion(String reviewOpinion) { this.reviewOpinion = reviewOpinion; }
    public String getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = stored(submittedAt); }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = stored(publishedAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = stored(createdAt); }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = stored(updatedAt); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    /** The columns keep milliseconds: the row in hand (a move's answer) reads the same as when it is read back. */
    private static LocalDateTime stored(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
