package cn.perfeval.workflow.editing;

import cn.perfeval.workflow.campaign.CampaignEvent;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A campaign gives every unit in it its draft, one per unit and year, so a unit that already has its evaluation of the
 * year keeps it (the campaign attached it) and nothing is created twice. Up to {@code eval.campaign-drafts.inline-limit}
 * units joining at once get their drafts in the campaign's transaction; more are marked pending and made after the
 * commit by {@link BackgroundDrafts}, a batch per transaction, so opening does not take longer with more units.
 */
@Component
class DraftsForCampaigns {

    private final Drafts drafts;
    private final CampaignUnitMapper campaignUnits;
    private final BackgroundDrafts background;
    private final int inlineLimit;

    DraftsForCampaigns(Drafts drafts, CampaignUnitMapper campaignUnits, BackgroundDrafts background,
                       @Value("${eval.campaign-drafts.inline-limit:200}") int inlineLimit) {
        this.drafts = drafts;
        this.campaignUnits = campaignUnits;
        this.background = background;
        this.inlineLimit = inlineLimit;
    }

    @EventListener
    void on(CampaignEvent.UnitsJoined joined) {
        if (joined.unitIds().size() > inlineLimit) {
            campaignUnits.markDraftsPending(joined.campaignId(), joined.year());
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                background.wake();
                return;
            }
            // the worker must see the campaign's rows, so it starts once they are committed, never before
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.wake();
                }
            });
            return;
        }
        drafts.forCampaign(joined.actor(), joined.campaignId(), joined.year(), joined.templateCode(), joined.unitIds());
    }
}
