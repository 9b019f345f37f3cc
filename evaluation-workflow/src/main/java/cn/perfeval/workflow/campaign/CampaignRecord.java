package cn.perfeval.workflow.campaign;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The bureau's yearly call: year, template, deadline and the process carrying its timers. */
@TableName("campaign")
public class CampaignRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Integer campaignYear;
    private String name;
    private String templateCode;
    private LocalDateTime deadline;
    private Integer reminderDays;
    private String status;
    private String processInstanceId;
    private String createdBy;
    private LocalDateTime createdAt;

    public boolean isClosed() { return CampaignMapper.CLOSED.equals(status); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getCampaignYear() { return campaignYear; }
    public void setCampaignYear(Integer campaignYear) { this.campaignYear = campaignYear; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTemplateCode() { return templateCode; }
    public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
    public LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(LocalDateTime deadline) { this.deadline = deadline; }
    public Integer getReminderDays() { return reminderDays; }
    public void setReminderDays(Integer reminderDays) { this.reminderDays = reminderDays; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
