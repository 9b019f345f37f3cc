package cn.perfeval.web.api;

import java.net.URI;
import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.campaign.CampaignService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's campaigns: open one, see where each unit stands, remind the late ones. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    record RemindRequest(List<Long> unitIds) {
    }

    @PostMapping
    ResponseEntity<CampaignService.CampaignView> open(@RequestBody CampaignService.OpenCampaign body,
                                                      HttpServletRequest request) {
        CampaignService.CampaignView opened = campaigns.open(CurrentActor.of(request), body);
        return ResponseEntity.created(URI.create("/api/campaigns/" + opened.id())).body(opened);
    }

    @GetMapping
    List<CampaignService.CampaignView> list(HttpServletRequest request) {
        return campaigns.list(CurrentActor.of(request));
    }

    @GetMapping("/{id}/board")
    CampaignService.Board board(@PathVariable long id, HttpServletRequest request) {
        return campaigns.board(CurrentActor.of(request), id);
    }

    @PostMapping("/{id}/remind")
    CampaignService.Reminded remind(@PathVariable long id, @RequestBody(required = false) RemindRequest body,
                                    HttpServletRequest request) {
        return campaigns.remind(CurrentActor.of(request), id, body == null ? null : body.unitIds());
    }
}
