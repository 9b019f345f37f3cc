package cn.perfeval.web.api;

import java.net.URI;
import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.campaign.CampaignService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's campaigns: open one, see where each unit stands, remind the late ones. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignService campaigns;
    private final CampaignChanges changes;

    CampaignController(CampaignService campaigns, CampaignChanges changes) {
        this.campaigns = campaigns;
        this.changes = changes;
    }

    record RemindRequest(List<Long> unitIds) {
    }

    /** {@code allUnits}: every unit under the bureau the campaign does not ask yet (then no unitIds). */
    record UnitsRequest(List<Long> unitIds, Boolean allUnits) {
    }

    /** Adds units to an open campaign; each gets its draft at once (units already in it are left as they are). */
    @PostMapping("/{id}/units")
    CampaignService.CampaignView addUnits(@PathVariable long id, @RequestBody(required = false) UnitsRequest body,
                                          HttpServletRequest request) {
        return changes.addUnits(CurrentActor.of(request), id, body == null ? null : body.unitIds(),
                body != null && Boolean.TRUE.equals(body.allUnits()));
    }

    /** No new submissions until reopened. */
    @PostMapping("/{id}/close")
    CampaignService.CampaignView close(@PathVariable long id, HttpServletRequest request) {
        return changes.close(CurrentActor.of(request), id);
    }

    @PostMapping("/{id}/reopen")
    CampaignService.CampaignView reopen(@PathVariable long id, HttpServletRequest request) {
        return changes.reopen(CurrentActor.of(request), id);
    }

    @PostMapping
    ResponseEntity<CampaignService.CampaignView> open(@RequestBody CampaignService.OpenCampaign body,
                                                      HttpServletRequest request) {
        CampaignService.CampaignView opened = campaigns.open(CurrentActor.of(request), body);
        return ResponseEntity.created(URI.create("/api/campaigns/" + opened.id())).body(opened);
    }

    @GetMapping
    Page<CampaignService.CampaignView> list(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return campaigns.page(CurrentActor.of(request), PageRequest.of(page, size));
    }

    /** The campaign, its counts by stage over every unit, and one page of its units as {@code items}. */
    @GetMapping("/{id}/board")
    CampaignService.Board board(@PathVariable long id, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return campaigns.board(CurrentActor.of(request), id, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/remind")
    CampaignService.Reminded remind(@PathVariable long id, @RequestBody(required = false) RemindRequest body,
                                    HttpServletRequest request) {
        return campaigns.remind(CurrentActor.of(request), id, body == null ? null : body.unitIds());
    }
}
