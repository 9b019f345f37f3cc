package cn.perfeval.workflow.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One decision on a round (approve, return, publish, unpublish) with its comment. */
@TableName("review_record")
public class ReviewRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long evaluationId;
    private Integer roundNo;
    private Step step;
    private Move decision;
    private String reviewer;
    private Long reviewerUnitId;
    private String commentText;
    private String reviewGrade;
    private BigDecimal reviewTotal;
    private String taskId;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Integer getRoundNo() { return roundNo; }
    public void setRoundNo(Integer roundNo) { this.roundNo = roundNo; }
    public Step getStep() { return step; }
    public void setStep(Step step) { this.step = step; }
    public Move getDecision() { return decision; }
    public void setDecision(Move decision) { this.decision = decision; }
    public String getReviewer() { return reviewer; }
    public void setReviewer(String reviewer) { this.reviewer = reviewer; }
    public Long getReviewerUnitId() { return reviewerUnitId; }
    public void setReviewerUnitId(Long reviewerUnitId) { this.reviewerUnitId = reviewerUnitId; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String commentText) { this.commentText = commentText; }
    public String getReviewGrade() { return reviewGrade; }
    public void setReviewGrade(String reviewGrade) { this.reviewGrade = reviewGrade; }
    public BigDecimal getReviewTotal() { return reviewTotal; }
    public void setReviewTotal(BigDecimal reviewTotal) { this.reviewTotal = reviewTotal; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
