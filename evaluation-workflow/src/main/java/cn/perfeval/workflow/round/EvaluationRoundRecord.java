package cn.perfeval.workflow.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A submitted round: the frozen document and the findings shown then. */
@TableName("evaluation_round")
public class EvaluationRoundRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long evaluationId;
    private Integer roundNo;
    private String snapshot;
    private String findings;
    private String acknowledgedWarnings;
    private BigDecimal selfTotal;
    private String submittedBy;
    private LocalDateTime submittedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Integer getRoundNo() { return roundNo; }
    public void setRoundNo(Integer roundNo) { this.roundNo = roundNo; }
    public String getSnapshot() { return snapshot; }
    public void setSnapshot(String snapshot) { this.snapshot = snapshot; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public String getAcknowledgedWarnings() { return acknowledgedWarnings; }
    public void setAcknowledgedWarnings(String acknowledgedWarnings) { this.acknowledgedWarnings = acknowledgedWarnings; }
    public BigDecimal getSelfTotal() { return selfTotal; }
    public void setSelfTotal(BigDecimal selfTotal) { this.selfTotal = selfTotal; }
    public String getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
}
