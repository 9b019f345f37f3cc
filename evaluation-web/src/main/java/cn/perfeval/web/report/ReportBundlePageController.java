package cn.perfeval.web.report;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.campaign.CampaignService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page where bureau staff pack a campaign's published reports and watch the progress. */
@Controller
class ReportBundlePageController {

    private final CampaignService campaigns;

    ReportBundlePageController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/bundle")
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        // the page answers as its API does: street-office users may not pack (issue 13: it rendered for them)
        ReportBundleJobs.requireBureau(CurrentActor.of(request));
        model.addAttribute("campaign", campaigns.campaign(CurrentActor.of(request), id));
        model.addAttribute("currentUser", CurrentActor.userOrNull());
        return "report/bundle";
    }
}
