package cn.perfeval.workflow.campaign;

import java.util.List;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ChangesCounts;

/**
 * What happened to a campaign, published inside the campaign's transaction; the editing feature reacts by giving each
 * unit its draft there, so a campaign never stands open without its drafts (and `campaign` never calls `editing`).
 */
public sealed interface CampaignEvent extends ChangesCounts {

    /** Units joined a campaign: it was opened with them, or they were added while it is open. */
    record UnitsJoined(Actor actor, long campaignId, int year, String templateCode, List<Long> unitIds)
            implements CampaignEvent {
        public UnitsJoined {
            unitIds = List.copyOf(unitIds);
        }
    }
}
