package cn.perfeval.web.ui.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.perfeval.domain.checks.Severity;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.approval.TaskOperations;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationFilter;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.pages.EvaluationPages;
import cn.perfeval.workflow.pages.ReviewPage;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.workspace.ReviewDrafts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Submit and withdraw, the review page, publishing and the bureau's board: each a call into the workflow's use cases. */
@Controller
class WorkflowPagesController {

    private final Submission submission;
    private final ReviewDecisions decisions;
    private final Publication publication;
    private final EvaluationReading evaluations;
    private final EvaluationPages pages;
    private final CampaignService campaigns;
    private final ReviewDrafts drafts;
    private final TaskOperations operations;
    private final PublicReading publicReading;

    WorkflowPagesController(Submission submission, ReviewDecisions decisions, Publication publication,
                            EvaluationReading evaluations, EvaluationPages pages, CampaignService campaigns,
                            ReviewDrafts drafts, TaskOperations operations, PublicReading publicReading) {
        this.publicReading = publicReading;
        this.drafts = drafts;
        this.operations = operations;
        this.submission = submission;
        this.decisions = decisions;
        this.publication = publication;
        this.evaluations = evaluations;
        this.pages = pages;
        this.campaigns = campaigns;
    }

    @PostMapping("/evaluations/{id}/submit")
    String submit(HttpServletRequest request, @PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(defaultValue = "false") boolean acknowledgeWarnings, RedirectAttributes redirect) {
        Actor actor = CurrentActor.of(request);
        Set<String> acknowledged = acknowledgeWarnings
                ? Set.copyOf(evaluations.checks(actor, id).stream()
                .filter(c -> !Severity.ERROR.name().equals(c.severity())).map(CheckView::code).toList())
                : Set.of();
        try {
            submission.submit(actor, id, acknowledged, version);
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未提交：" + e.getMessage() + details(e));
            return "redirect:/evaluations/" + id + "#tab-checks";
        }
        redirect.addFlashAttribute("flashMessage", "已提交，等待单位内部审核");
        return "redirect:/evaluations/" + id;
    }

    @PostMapping("/evaluations/{id}/withdraw")
    String withdraw(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        submission.withdraw(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "已撤回，可继续修改后重新提交");
        return "redirect:/evaluations/" + id;
    }

    @GetMapping("/evaluations/{id}/review")
    String review(HttpServletRequest request, @PathVariable long id, Model model) {
        ReviewPage page = pages.review(CurrentActor.of(request), id);
        model.addAttribute("e", page.evaluation());
        model.addAttribute("steps", Steps.of(page.steps()));
        model.addAttribute("sheet", page.scoreSheet());
        model.addAttribute("task", page.task());
        model.addAttribute("history", page.history());
        model.addAttribute("changes", page.changes());
        model.addAttribute("grades", List.of(ReviewGrade.values()));
        model.addAttribute("finance", page.finance());
        model.addAttribute("bands", page.bands());
        model.addAttribute("marks", page.marks());
        model.addAttribute("evidence", page.evidence());
        if (page.draft() != null) {
            model.addAttribute("draft", page.draft());
        }
        Map<String, String> notes = new LinkedHashMap<>();
        if (page.draft() != null) {
            page.draft().annotations().forEach(a -> notes.put(a.path(), a.note()));
        }
        model.addAttribute("notes", notes);
        model.addAttribute("notePlaces", page.notePlaces());
        model.addAttribute("annotations", page.annotations());
        model.addAttribute("openTask", page.openTask());
        if (page.handed() != null) {
            model.addAttribute("handed", page.handed());
        }
        model.addAttribute("delegatedToMe", page.delegatedToMe());
        model.addAttribute("colleagues", page.colleagues());
        model.addAttribute("copyable", page.copyable());
        return "evaluation/review";
    }

    @PostMapping("/evaluations/{id}/review/approve")
    String approve(HttpServletRequest request, @PathVariable long id, @RequestParam String taskId,
                   @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Actor actor = CurrentActor.of(request);
        keepDraft(actor, taskId, form, false);
        Map<String, ApprovalRequest.ReviewScoreInput> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            String value = field.getValue().get(0).trim();
            if (field.getKey().startsWith("score.") && !value.isEmpty()) {
                String code = field.getKey().substring("score.".length());
                String reason = form.getFirst("reason." + code);
                BigDecimal score;
                try {
                    score = new BigDecimal(value);
                } catch (NumberFormatException notANumber) {
                    redirect.addFlashAttribute("flashError", "未通过：指标 " + code + " 的评审得分“" + value + "”不是数字");
                    return "redirect:/evaluations/" + id + "/review";
                }
                scores.put(code, new ApprovalRequest.ReviewScoreInput(score,
                        reason == null || reason.isBlank() ? null : reason.trim()));
            }
        }
        ApprovalRequest approval = new ApprovalRequest(form.getFirst("comment"), scores.isEmpty() ? null : scores,
                blank(form.getFirst("reviewGrade")), blank(form.getFirst("opinion")));
        try {
            decisions.approve(actor, taskId, approval);
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未通过：" + e.getMessage() + details(e));
            return "redirect:/evaluations/" + id + "/review";
        }
        redirect.addFlashAttribute("flashMessage", "已审核通过");
        return "redirect:/workbench";
    }

    @PostMapping("/evaluations/{id}/review/return")
    String giveBack(HttpServletRequest request, @PathVariable long id, @RequestParam String taskId,
                    @RequestParam(defaultValue = "") String comment, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes redirect) {
        Actor actor = CurrentActor.of(request);
        ReviewDraft kept = keepDraft(actor, taskId, form, true);
        try {
            decisions.returnToSubmitter(actor, taskId, comment, kept == null ? List.of() : kept.annotations());
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未退回：" + e.getMessage());
            return "redirect:/evaluations/" + id + "/review";
        }
        redirect.addFlashAttribute("flashMessage", "已退回填报人修改");
        return "redirect:/workbench";
    }

    @PostMapping("/evaluations/{id}/review/hand-over")
    String handOver(HttpServletRequest request, @PathVariable long id, @RequestParam String taskId,
                    @RequestParam(defaultValue = "") String toUser, @RequestParam(defaultValue = "") String comment,
                    @RequestParam(defaultValue = "transfer") String how, RedirectAttributes redirect) {
        boolean delegate = "delegate".equals(how);
        try {
            if (delegate) {
                operations.delegate(CurrentActor.of(request), taskId, toUser, comment);
            } else {
                operations.transfer(CurrentActor.of(request), taskId, toUser, comment);
            }
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", (delegate ? "未委派：" : "未转办：") + e.getMessage());
            return "redirect:/evaluations/" + id + "/review";
        }
        redirect.addFlashAttribute("flashMessage", delegate ? "已委派，对方办结后交回您决定" : "已转办");
        return "redirect:/workbench";
    }

    @PostMapping("/evaluations/{id}/review/resolve")
    String resolve(HttpServletRequest request, @PathVariable long id, @RequestParam String taskId,
                   @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        operations.resolve(CurrentActor.of(request), taskId, comment);
        redirect.addFlashAttribute("flashMessage", "已办结，交回委派人决定");
        return "redirect:/workbench";
    }

    @PostMapping("/evaluations/{id}/review/cc")
    String copy(HttpServletRequest request, @PathVariable long id, @RequestParam String taskId,
                @RequestParam(required = false) List<String> users, @RequestParam(defaultValue = "") String comment,
                RedirectAttributes redirect) {
        try {
            operations.copy(CurrentActor.of(request), taskId, users, comment);
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未抄送：" + e.getMessage());
            return "redirect:/evaluations/" + id + "/review";
        }
        redirect.addFlashAttribute("flashMessage", "已抄送");
        return "redirect:/evaluations/" + id + "/review";
    }

    /**
     * 待发布 and 已发布, each a page of its own ({@code page}, {@code publishedPage}), the published ones filtered by
     * year and unit name: a province's publisher has tens of thousands of them.
     */
    @GetMapping("/publishing")
    String publishing(HttpServletRequest request, Model model, @RequestParam(required = false) Integer page,
                      @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer publishedPage,
                      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
        Actor actor = CurrentActor.of(request);
        String unitName = unit == null || unit.isBlank() ? null : unit.strip();
        Page<EvaluationView> approved = Paging.shown(Paging.request(page, size), r -> evaluations.page(actor,
                EvaluationFilter.byYearStatusUnit(null, EvaluationStatus.APPROVED, null), r));
        Page<EvaluationView> published = Paging.shown(Paging.request(publishedPage, size), r -> evaluations.page(actor,
                new EvaluationFilter(year, EvaluationStatus.PUBLISHED, null, null, unitName), r));
        model.addAttribute("approved", approved.items());
        model.addAttribute("approvedPaging", Paging.of(approved, "/publishing", Paging.query("publishedPage",
                published.page() > 1 ? published.page() : null, "year", year, "unit", unitName)));
        // 保密审查: per evaluation, the evidence its unit offered as 可公开, for the publisher to confirm or withhold
        model.addAttribute("offeredEvidence", approved.items().stream().collect(Collectors.toMap(
                e -> Long.toString(e.id()), e -> publication.evidenceToReview(actor, e.id()))));
        model.addAttribute("published", published.items());
        model.addAttribute("publishedPaging", Paging.of(published, "/publishing", Paging.query("page",
                approved.page() > 1 ? approved.page() : null, "year", year, "unit", unitName), "publishedPage"));
        model.addAttribute("years", evaluations.years(actor));
        model.addAttribute("year", year);
        model.addAttribute("unit", unitName == null ? "" : unitName);
        model.addAttribute("bundles", bundles(actor));
        return "evaluation/publishing";
    }

    /** The campaigns that have at least one published evaluation, newest first as the campaign list orders them. */
    private List<CampaignBundle> bundles(Actor actor) {
        List<CampaignService.CampaignView> shown = campaigns.list(actor);
        Map<Long, Long> counts = publicReading.publishedPerCampaign(shown.stream().map(CampaignService.CampaignView::id).toList());
        return shown.stream().filter(c -> counts.containsKey(c.id()))
                .map(c -> new CampaignBundle(c.id(), c.name(), counts.get(c.id()))).toList();
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(HttpServletRequest request, @PathVariable long id,
                   @RequestParam(name = "publicEvidence", required = false) List<Long> publicEvidence,
                   RedirectAttributes redirect) {
        java.util.Set<Long> confirmed = publicEvidence == null ? java.util.Set.of()
                : publicEvidence.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        publication.publish(CurrentActor.of(request), id, confirmed);
        redirect.addFlashAttribute("flashMessage", "已公开发布" + (confirmed.isEmpty() ? "（佐证材料均不公开）"
                : "，确认公开佐证材料 " + confirmed.size() + " 个"));
        return "redirect:/publishing";
    }

    @PostMapping("/evaluations/{id}/unpublish")
    String unpublish(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                     RedirectAttributes redirect) {
        try {
            publication.unpublish(CurrentActor.of(request), id, reason);
        } catch (UseCaseException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未撤回：" + e.getMessage());
            return "redirect:/publishing";
        }
        redirect.addFlashAttribute("flashMessage", "已撤回公开，原因已记录");
        return "redirect:/publishing";
    }

    @GetMapping("/board")
    String board(HttpServletRequest request, Model model, @RequestParam(required = false) Long campaignId,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.of(request);
        var all = campaigns.list(actor);
        model.addAttribute("campaigns", all);
        Long chosen = campaignId != null ? campaignId : all.isEmpty() ? null : all.get(0).id();
        var board = chosen == null ? null : campaigns.board(actor, chosen, Paging.request(page, size));
        model.addAttribute("board", board);
        if (board != null) {
            model.addAttribute("paging", Paging.of(new Page<>(board.items(),
                    board.total(), board.page(), board.size()), "/board", Paging.query("campaignId", chosen)));
        }
        model.addAttribute("stageLabels", java.util.Arrays.stream(cn.perfeval.workflow.campaign.CampaignStage.values())
                .collect(Collectors.toMap(Enum::name, cn.perfeval.workflow.campaign.CampaignStage::label)));
        return "evaluation/board";
    }

    @PostMapping("/board/{campaignId}/remind")
    String remind(HttpServletRequest request, @PathVariable long campaignId,
                  @RequestParam(required = false) List<Long> unitIds, RedirectAttributes redirect) {
        var reminded = campaigns.remind(CurrentActor.of(request), campaignId, unitIds);
        redirect.addFlashAttribute("flashMessage", "已向 " + reminded.units() + " 个单位发出催报通知");
        return "redirect:/board?campaignId=" + campaignId;
    }

    /**
     * What the decision's form carries becomes the reviewer's draft before the decision is tried, so a refusal finds
     * it all again; the other form's part of the draft (the return's notes, or the approval's scores) is kept as it was.
     */
    private ReviewDraft keepDraft(Actor actor, String taskId, MultiValueMap<String, String> form, boolean returning) {
        ReviewDraft before;
        try {
            before = drafts.find(actor, taskId).orElse(ReviewDraft.EMPTY);
        } catch (RuntimeException unreadable) {
            before = ReviewDraft.EMPTY;
        }
        ReviewDraft draft;
        if (returning) {
            List<String> paths = form.getOrDefault("notePath", List.of());
            List<String> texts = form.getOrDefault("noteText", List.of());
            List<ReviewDraft.Annotation> notes = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(paths.size(), texts.size()); i++) {
                if (texts.get(i) != null && !texts.get(i).isBlank()) {
                    notes.add(new ReviewDraft.Annotation(paths.get(i), texts.get(i)));
                }
            }
            draft = new ReviewDraft(before.scores(), before.reviewGrade(), before.opinion(), before.comment(),
                    form.getFirst("comment"), notes);
        } else {
            Map<String, ReviewDraft.ScoreDraft> scores = new LinkedHashMap<>();
            form.forEach((name, values) -> {
                if (name.startsWith("score.")) {
                    String code = name.substring("score.".length());
                    scores.put(code, new ReviewDraft.ScoreDraft(values.get(0), form.getFirst("reason." + code)));
                }
            });
            draft = new ReviewDraft(scores, form.getFirst("reviewGrade"), form.getFirst("opinion"),
                    form.getFirst("comment"), before.returnComment(), before.annotations());
        }
        try {
            return drafts.save(actor, taskId, draft);
        } catch (UseCaseException notKept) {
            // the decision itself will say why (task gone, not theirs, text too long)
            return draft;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String details(UseCaseException e) {
        return e.details().isEmpty() ? "" : "（" + String.join("；", e.details().stream().map(d -> d.message()).toList()) + "）";
    }

    /** A refusal about what was typed (a missing comment or reason) is shown on the same page, not as an error page. */
    private static boolean isFormProblem(UseCaseException e) {
        return e.refusal() == Refusal.INVALID || e.refusal() == Refusal.UNPROCESSABLE;
    }
}
