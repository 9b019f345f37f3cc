package cn.perfeval.workflow.editing;

import java.util.Optional;

import cn.perfeval.workflow.campaign.CampaignEvent;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
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
    private final EvaluationRepository repository;
    private final OrgDirectory directory;
    private final CampaignUnitMapper campaignUnits;
    private final BackgroundDrafts background;
    private final int inlineLimit;

    DraftsForCampaigns(Drafts drafts, EvaluationRepository repository, OrgDirectory directory,
                       CampaignUnitMapper campaignUnits, BackgroundDrafts background,
                       @Value("${eval.campaign-drafts.inline-limit:200}") int inlineLimit) {
        this.drafts = drafts;
        this.repository = repository;
        this.directory = directory;
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
        for (Long unitId : joined.unitIds()) {
            Optional<EvaluationRecord> existing = repository.findByUnitAndYear(unitId, joined.year());
            if (existing.isPresent()) {
                repository.attachToCampaign(existing.get(), joined.campaignId());
                continue;
            }
            OrgUnitRecord unit = directory.findUnit(unitId).orElseThrow();
            drafts.insert(joined.actor(), unit, drafts.compose(unit, joined.year(), joined.templateCode()),
                    joined.campaignId(), false);
        }
    }
}
