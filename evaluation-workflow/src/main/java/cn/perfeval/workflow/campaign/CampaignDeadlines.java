package cn.perfeval.workflow.campaign;

import org.springframework.stereotype.Component;

/** What the campaign's deadline timers call (campaign-deadlines.bpmn20.xml), inside the timer job's transaction. */
@Component("campaignDeadlines")
public class CampaignDeadlines {

    private final CampaignService campaigns;

    public CampaignDeadlines(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    public int remindBeforeDeadline(long campaignId) {
        return campaigns.remindOutstanding(campaignId);
    }

    public int markOverdue(long campaignId) {
        return campaigns.markOverdue(campaignId);
    }
}
