package cn.perfeval.workflow.campaign;

/** Where a unit stands in a campaign, as the bureau's board shows it. */
public enum CampaignStage {
    NOT_STARTED("未开始"),
    /** In a large campaign, the unit's draft is still being made in the background. */
    PREPARING("草稿生成中"),
    DRAFT("填报中"),
    IN_REVIEW("审核中"),
    RETURNED("已退回"),
    APPROVED("已通过"),
    PUBLISHED("已公开"),
    OVERDUE("已逾期");

    private final String label;

    CampaignStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet handed in: the units a reminder is for, and the ones the deadline marks overdue. */
    public boolean outstanding() {
        return this == NOT_STARTED || this == PREPARING || this == DRAFT || this == RETURNED || this == OVERDUE;
    }
}
