package cn.perfeval.web.ui.evaluation;

import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.approval.BatchDecisions;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.task.WorkLists;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 待办 / 已办 / 抄送我的 / 我发起的 as a page: search, filters, paging, and 批量通过 of the to-dos. */
@Controller
class WorkListPagesController {

    private final WorkLists lists;
    private final BatchDecisions batch;
    private final CampaignService campaigns;

    WorkListPagesController(WorkLists lists, BatchDecisions batch, CampaignService campaigns) {
        this.lists = lists;
        this.batch = batch;
        this.campaigns = campaigns;
    }

    @GetMapping("/tasks")
    String tasks(HttpServletRequest request, Model model, @RequestParam(defaultValue = "todo") String list,
                 @RequestParam(required = false) String unitName, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Long campaignId,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.of(request);
        WorkLists.Kind kind = switch (list) {
            case "done" -> WorkLists.Kind.DONE;
            case "cc" -> WorkLists.Kind.COPIED;
            case "mine" -> WorkLists.Kind.MINE;
            default -> WorkLists.Kind.TODO;
        };
        model.addAttribute("list", kind == WorkLists.Kind.TODO ? "todo" : list);
        model.addAttribute("kinds", List.of(WorkLists.Kind.values()));
        model.addAttribute("items", lists.of(actor, kind, new WorkLists.Filter(unitName, year, status, campaignId),
                PageRequest.of(page, size)));
        model.addAttribute("unitName", unitName == null ? "" : unitName);
        model.addAttribute("year", year);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("statuses", List.of(EvaluationStatus.values()));
        model.addAttribute("campaigns", actor.isFinanceBureau() ? campaigns.list(actor) : List.of());
        model.addAttribute("grades", List.of(ReviewGrade.values()));
        return "evaluation/tasks";
    }

    @PostMapping("/tasks/approve")
    String approveAll(HttpServletRequest request, @RequestParam(required = false) List<String> taskIds,
                      @RequestParam(defaultValue = "") String comment, @RequestParam(required = false) String reviewGrade,
                      @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        try {
            List<BatchDecisions.Result> results = batch.approve(CurrentActor.of(request), taskIds, comment,
                    reviewGrade == null || reviewGrade.isBlank() ? null : reviewGrade, opinion);
            long approved = results.stream().filter(BatchDecisions.Result::approved).count();
            redirect.addFlashAttribute("flashMessage", "批量通过：" + approved + " 项已通过"
                    + (approved == results.size() ? "" : "，" + (results.size() - approved) + " 项未通过"));
            redirect.addFlashAttribute("batchResults", results);
        } catch (UseCaseException e) {
            redirect.addFlashAttribute("flashError", "未批量通过：" + e.getMessage());
        }
        return "redirect:/tasks";
    }
}
