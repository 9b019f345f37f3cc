package cn.perfeval.workflow.campaign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.notification.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the bureau changes on an opened campaign: units added while it is open (each gets its draft, as on opening),
 * closing it (no new submissions) and reopening it.
 */
@Service
@Transactional
public class CampaignChanges {

    private final CampaignService campaigns;
    private final CampaignMapper rows;
    private final CampaignUnitMapper campaignUnits;
    private final Notifications notifications;
    private final AuditTrail audit;

    private final CampaignCache cache;

    public CampaignChanges(CampaignService campaigns, CampaignMapper rows, CampaignUnitMapper campaignUnits,
                           Notifications notifications, AuditTrail audit, CampaignCache cache) {
        this.cache = cache;
        this.campaigns = campaigns;
        this.rows = rows;
        this.campaignUnits = campaignUnits;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Adds units to an open campaign; units already in it are left as they are (nothing is created twice). */
    public CampaignService.CampaignView addUnits(Actor actor, long campaignId, List<Long> unitIds) {
        return addUnits(actor, campaignId, unitIds, false);
    }

    /** With {@code everyUnit}: every enabled unit under the bureau the campaign does not ask yet, chosen in SQL. */
    public CampaignService.CampaignView addUnits(Actor actor, long campaignId, List<Long> unitIds, boolean everyUnit) {
        CampaignService.requireBureauManager(actor);
        CampaignRecord c = campaigns.managedCampaign(actor, campaignId);
        if (c.isClosed()) {
            throw UseCaseException.conflict("CAMPAIGN_CLOSED", "评价任务“" + c.getName() + "”已关闭，请先重新开放再添加单位");
        }
        List<ErrorDetail> problems = new ArrayList<>();
        Set<Long> requested = CampaignService.chosenUnits(unitIds, problems);
        if (everyUnit && !requested.isEmpty()) {
            problems.add(ErrorDetail.at("$.unitIds", "已选择全部下属单位，请不要再指定单位"));
        } else if (!everyUnit && requested.isEmpty()) {
            problems.add(ErrorDetail.at("$.unitIds", "请至少选择一个要添加的单位"));
        }
        problems.addAll(campaigns.foreignUnits(actor, requested));
        if (!problems.isEmpty()) {
            throw UseCaseException.unprocessable("CAMPAIGN_INVALID", "所选单位有误", problems);
        }
        Set<Long> added = new LinkedHashSet<>();
        if (everyUnit) {
            added = campaigns.joinEveryUnit(actor, c);
        } else {
            requested.stream().filter(u -> !campaignUnits.includes(c.getId(), u)).forEach(added::add);
            if (!added.isEmpty()) {
                campaigns.join(actor, c, added);
            }
        }
        if (!added.isEmpty()) {
            audit.record(actor, AuditAction.CAMPAIGN_CHANGE, null, null,
                    "评价任务“" + c.getName() + "”添加" + added.size() + "个单位");
        }
        return view(c);
    }

    /** Closes the campaign: submissions are refused until the bureau reopens it. */
    public CampaignService.CampaignView close(Actor actor, long campaignId) {
        return setStatus(actor, campaignId, CampaignMapper.CLOSED, "关闭");
    }

    public CampaignService.CampaignView reopen(Actor actor, long campaignId) {
        return setStatus(actor, campaignId, CampaignMapper.OPEN, "重新开放");
    }

    private CampaignService.CampaignView setStatus(Actor actor, long campaignId, String status, String verb) {
        CampaignService.requireBureauManager(actor);
        CampaignRecord c = campaigns.managedCampaign(actor, campaignId);
        if (!status.equals(c.getStatus())) {
            rows.setStatus(c.getId(), status);
            cache.changed();
            c.setStatus(status);
            audit.record(actor, AuditAction.CAMPAIGN_CHANGE, null, null, verb + "评价任务“" + c.getName() + "”");
            String body = c.isClosed() ? "财政局已关闭该评价任务，暂不能提交；如有疑问请联系财政局"
                    : "财政局已重新开放该评价任务，请在截止前完成填报并提交";
            for (List<Long> units : KeysetPages.of(CampaignService.BATCH, Long::longValue,
                    after -> campaignUnits.unitIdsAfter(c.getId(), after, CampaignService.BATCH))) {
                notifications.toUnitsRole(units, Role.SUBMITTER, Notifications.TASK, "评价任务已" + verb + "：" + c.getName(),
                        body);
            }
        }
        return view(c);
    }

    private CampaignService.CampaignView view(CampaignRecord c) {
        return campaigns.view(c, campaignUnits.countOfCampaign(c.getId()));
    }
}
