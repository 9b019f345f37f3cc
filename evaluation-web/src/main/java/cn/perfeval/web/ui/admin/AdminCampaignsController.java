package cn.perfeval.web.ui.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.template.TemplateLibrary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bureau's campaigns (评价任务): listed, one campaign's units a page at a time, a new one opened for every unit
 * under the bureau (全部下属单位) or for units chosen by a name search (指定单位), units added to an open one.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCampaignsController {

    private final CampaignService campaigns;
    private final CampaignChanges changes;
    private final TemplateLibrary templates;
    private final Clock clock;

    /** Units offered per page of a name search: a few at a time, as one reads them. */
    static final int CHOICES_PER_PAGE = 10;
    static final String ALL = "ALL";
    static final String CHOSEN = "CHOSEN";

    AdminCampaignsController(CampaignService campaigns, CampaignChanges changes, TemplateLibrary templates, Clock clock) {
        this.campaigns = campaigns;
        this.changes = changes;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * What the form holds, as typed, so a refused form comes back filled in; {@code scope} is {@code ALL}
     * (全部下属单位) or {@code CHOSEN} (指定单位: {@code unitIds}).
     */
    public record CampaignForm(String year, String name, String templateCode, String deadline, String reminderDays,
                               String scope, List<Long> unitIds) {

        public boolean everyUnit() {
            return !CHOSEN.equals(scope);
        }
    }

    @GetMapping("/admin/campaigns")
    String campaigns(HttpServletRequest request, Model model, @RequestParam(required = false) Long campaignId,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer campaignsPage) {
        LocalDate today = LocalDate.now(clock);
        CampaignForm blank = new CampaignForm(String.valueOf(today.getYear() - 1), "", "yuhua-2020",
                today.plusDays(30) + "T17:30", "3", ALL, List.of());
        Page<CampaignService.CampaignView> shown = Paging.shown(Paging.request(campaignsPage, null),
                r -> campaigns.page(CurrentActor.of(request), r));
        Integer listedPage = shown.page() > 1 ? shown.page() : null;
        if (campaignId != null) {
            shownUnits(CurrentActor.of(request), model, campaignId, page, listedPage);
        }
        model.addAttribute("campaignsPaging", Paging.of(shown, "/admin/campaigns",
                Paging.query("campaignId", campaignId, "page", page != null && page > 1 ? page : null), "campaignsPage"));
        return render(request, model, shown, blank, Map.of());
    }

    /** The units under the bureau whose name holds the text, a page at a time, for the form's unit search. */
    @GetMapping(value = "/admin/campaigns/unit-choices", produces = "application/json")
    @ResponseBody
    Page<CampaignService.UnitChoice> unitChoices(HttpServletRequest request,
                                                 @RequestParam(defaultValue = "") String name,
                                                 @RequestParam(required = false) Long campaignId,
                                                 @RequestParam(required = false) Integer page) {
        String text = name.length() > 100 ? name.substring(0, 100) : name;
        return Paging.shown(Paging.request(page, CHOICES_PER_PAGE),
                r -> campaigns.unitChoices(CurrentActor.of(request), text, campaignId, r));
    }

    @PostMapping("/admin/campaigns")
    String open(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String year,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String templateCode,
                @RequestParam(defaultValue = "") String deadline, @RequestParam(defaultValue = "") String reminderDays,
                @RequestParam(required = false) String scope, @RequestParam(required = false) List<Long> unitIds,
                RedirectAttributes redirect) {
        if (scope == null) {
            // a post from before the choice existed named its units
            scope = unitIds == null || unitIds.isEmpty() ? ALL : CHOSEN;
        }
        CampaignForm form = new CampaignForm(year, name, templateCode, deadline, reminderDays,
                CHOSEN.equals(scope) ? CHOSEN : ALL, unitIds == null ? List.of() : unitIds);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!ALL.equals(scope) && !CHOSEN.equals(scope)) {
            errors.put("unitIds", "请选择“全部下属单位”或“指定单位”");
        }
        Integer parsedYear = integer(year, "year", "评价年度须为数字，如 2020", errors);
        Integer parsedDays = integer(reminderDays, "reminderDays", "提醒天数须为整数", errors);
        LocalDateTime parsedDeadline = null;
        try {
            parsedDeadline = deadline.isBlank() ? null : LocalDateTime.parse(deadline);
        } catch (DateTimeParseException e) {
            errors.put("deadline", "截止时间格式有误");
        }
        if (errors.isEmpty()) {
            try {
                var opened = campaigns.open(CurrentActor.of(request), new CampaignService.OpenCampaign(parsedYear,
                        name.isBlank() ? null : name, templateCode.isBlank() ? null : templateCode, parsedDeadline,
                        parsedDays, form.everyUnit() ? null : form.unitIds(), form.everyUnit()));
                long pending = campaigns.board(CurrentActor.of(request), opened.id(), new PageRequest(1, 1)).draftsPending();
                redirect.addFlashAttribute("flashMessage", "已发起评价任务“" + opened.name() + "”（" + opened.unitCount()
                        + "个单位），已通知各单位填报人" + (pending == 0 ? "" : "；各单位的填报草稿正在后台分批生成"));
                return "redirect:/admin/campaigns?campaignId=" + opened.id();
            } catch (UseCaseException e) {
                if (e.refusal() != Refusal.UNPROCESSABLE && e.refusal() != Refusal.INVALID) {
                    throw e;
                }
                model.addAttribute("formError", e.getMessage());
                e.details().forEach(d -> errors.merge(d.path().replace("$.", "").replaceAll("\\[\\d+]$", "")
                        .replace("allUnits", "unitIds"), d.message(), (a, b) -> a + "；" + b));
            }
        } else {
            model.addAttribute("formError", "评价任务信息有误，请按提示修改");
        }
        Page<CampaignService.CampaignView> first = campaigns.page(CurrentActor.of(request), PageRequest.first());
        model.addAttribute("campaignsPaging", Paging.of(first, "/admin/campaigns", ""));
        return render(request, model, first, form, errors);
    }

    @PostMapping("/admin/campaigns/{id}/close")
    String close(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        var closed = changes.close(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "已关闭评价任务“" + closed.name() + "”，各单位暂不能提交");
        return "redirect:/admin/campaigns?campaignId=" + id;
    }

    @PostMapping("/admin/campaigns/{id}/reopen")
    String reopen(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        var reopened = changes.reopen(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "已重新开放评价任务“" + reopened.name() + "”");
        return "redirect:/admin/campaigns?campaignId=" + id;
    }

    /** Adds units to an open campaign (the chosen ones, or with scope ALL every one not in it): each gets its draft. */
    @PostMapping("/admin/campaigns/{id}/units")
    String addUnits(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = CHOSEN) String scope,
                    @RequestParam(required = false) List<Long> unitIds, RedirectAttributes redirect) {
        try {
            boolean everyUnit = ALL.equals(scope);
            var changed = changes.addUnits(CurrentActor.of(request), id, everyUnit ? null : unitIds, everyUnit);
            long pending = campaigns.board(CurrentActor.of(request), id, new PageRequest(1, 1)).draftsPending();
            redirect.addFlashAttribute("flashMessage", "已添加单位，评价任务“" + changed.name() + "”现有"
                    + changed.unitCount() + "个单位，" + (pending == 0 ? "新单位的填报草稿已生成" : "新单位的填报草稿正在后台生成"));
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.UNPROCESSABLE && e.refusal() != Refusal.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage() + e.details().stream().map(d -> "：" + d.message())
                    .distinct().reduce("", String::concat));
        }
        return "redirect:/admin/campaigns?campaignId=" + id;
    }

    /** One page of a campaign's units with where each stands (the board's page); a page past the last shows the last. */
    private void shownUnits(Actor actor, Model model, long campaignId, Integer page, Integer campaignsPage) {
        CampaignService.Board[] board = new CampaignService.Board[1];
        Page<CampaignService.BoardRow> units = Paging.shown(Paging.request(page, null), r -> {
            board[0] = campaigns.board(actor, campaignId, r);
            return new Page<>(board[0].items(), board[0].total(), board[0].page(), board[0].size());
        });
        model.addAttribute("shownCampaign", board[0].campaign());
        model.addAttribute("shownBoard", board[0]);
        model.addAttribute("shownUnits", units.items());
        model.addAttribute("paging", Paging.of(units, "/admin/campaigns",
                Paging.query("campaignId", campaignId, "campaignsPage", campaignsPage)));
    }

    /** {@code listed}: the page of campaigns the table shows (the newest first). */
    private String render(HttpServletRequest request, Model model, Page<CampaignService.CampaignView> listed,
                          CampaignForm form, Map<String, String> errors) {
        Actor actor = CurrentActor.of(request);
        model.addAttribute("campaigns", listed.items());
        model.addAttribute("unitsUnder", campaigns.unitChoices(actor, null, null, new PageRequest(1, 1)).total());
        model.addAttribute("chosenUnits", campaigns.chosenUnits(actor, form.unitIds()));
        model.addAttribute("templates", templates.all(actor));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "campaigns");
        return "admin/campaigns";
    }

    private static Integer integer(String text, String field, String message, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }
}
