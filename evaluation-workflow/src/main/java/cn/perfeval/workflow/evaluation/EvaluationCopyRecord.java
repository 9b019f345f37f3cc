package cn.perfeval.workflow.evaluation;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 抄送: one person given read access to one evaluation by a reviewer. */
@TableName("evaluation_copy")
public class EvaluationCopyRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long evaluationId;
    private String username;
    private String copiedBy;
    private String commentText;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getCopiedBy() { return copiedBy; }
    public void setCopiedBy(String copiedBy) { this.copiedBy = copiedBy; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String commentText) { this.commentText = commentText; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
