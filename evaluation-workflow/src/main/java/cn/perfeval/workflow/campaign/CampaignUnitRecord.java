package cn.perfeval.workflow.campaign;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.TableName;

/** A unit that must report in a campaign, with its reminder and overdue marks. */
@TableName("campaign_unit")
public class CampaignUnitRecord {

    private Long campaignId;
    private Long unitId;
    private Boolean overdue;
    private LocalDateTime remindedAt;
    private LocalDateTime overdueAt;
    /** The unit's draft is still to be made in the background (a large campaign): the board says 草稿生成中. */
    private Boolean draftPending;

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public void setRemindedAt(LocalDateTime remindedAt) { this.remindedAt = remindedAt; }
    public LocalDateTime getOverdueAt() { return overdueAt; }
    public void setOverdueAt(LocalDateTime overdueAt) { this.overdueAt = overdueAt; }
    public Boolean getDraftPending() { return draftPending; }
    public void setDraftPending(Boolean draftPending) { this.draftPending = draftPending; }
}
