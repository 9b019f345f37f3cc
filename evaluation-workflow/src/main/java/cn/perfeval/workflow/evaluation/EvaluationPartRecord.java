package cn.perfeval.workflow.evaluation;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.TableName;

/** One attachment of the working copy, as its interchange JSON. */
@TableName("evaluation_part")
public class EvaluationPartRecord {

    private Long evaluationId;
    private String part;
    private String content;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public String getPart() { return part; }
    public void setPart(String part) { this.part = part; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
