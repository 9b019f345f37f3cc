package cn.perfeval.workflow.editing;

import java.util.Optional;

import cn.perfeval.workflow.campaign.CampaignEvent;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A campaign gives every unit in it its draft, in the campaign's transaction: one per unit and year, so a unit that
 * already has its evaluation of the year keeps it (the campaign attached it) and nothing is created twice.
 */
@Component
class DraftsForCampaigns {

    private final Drafts drafts;
    private final EvaluationRepository repository;
    private final OrgDirectory directory;

    DraftsForCampaigns(Drafts drafts, EvaluationRepository repository, OrgDirectory directory) {
        this.drafts = drafts;
        this.repository = repository;
        this.directory = directory;
    }

    @EventListener
    void on(CampaignEvent.UnitsJoined joined) {
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
