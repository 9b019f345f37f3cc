package cn.perfeval.web.ui.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.UnitView;
import cn.perfeval.workflow.template.TemplateLibrary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's campaigns (评价任务): listed, and a new one opened through the workflow's CampaignService. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCampaignsController {

    private final CampaignService campaigns;
    private final CampaignChanges changes;
    private final OrgAdministration administration;
    private final TemplateLibrary templates;
    private final Clock clock;

    AdminCampaignsController(CampaignService campaigns, CampaignChanges changes, OrgAdministration administration,
                             TemplateLibrary templates, Clock clock) {
        this.campaigns = campaigns;
        this.changes = changes;
        this.administration = administration;
        this.templates = templates;
        this.clock = clock;
    }

    /** What the form holds, as typed, so a refused form comes back filled in. */
    public record CampaignForm(String year, String name, String templateCode, String deadline, String reminderDays,
                        List<Long> unitIds) {
    }

    @GetMapping("/admin/campaigns")
    String campaigns(HttpServletRequest request, Model model) {
        LocalDate today = LocalDate.now(clock);
        CampaignForm blank = new CampaignForm(String.valueOf(today.getYear() - 1), "", "yuhua-2020",
                today.plusDays(30) + "T17:30", "3", List.of());
        return render(request, model, blank, Map.of());
    }

    @PostMapping("/admin/campaigns")
    String open(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String year,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String templateCode,
                @RequestParam(defaultValue = "") String deadline, @RequestParam(defaultValue = "") String reminderDays,
                @RequestParam(required = false) List<Long> unitIds, RedirectAttributes redirect) {
        CampaignForm form = new CampaignForm(year, name, templateCode, deadline, reminderDays,
                unitIds == null ? List.of() : unitIds);
        Map<String, String> errors = new LinkedHashMap<>();
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
                        parsedDays, form.unitIds()));
                redirect.addFlashAttribute("flashMessage", "已发起评价任务“" + opened.name() + "”，已通知各单位填报人");
                return "redirect:/admin/campaigns";
            } catch (UseCaseException e) {
                if (e.refusal() != Refusal.UNPROCESSABLE && e.refusal() != Refusal.INVALID) {
                    throw e;
                }
                model.addAttribute("formError", e.getMessage());
                e.details().forEach(d -> errors.merge(d.path().replace("$.", ""), d.message(), (a, b) -> a + "；" + b));
            }
        } else {
            model.addAttribute("formError", "评价任务信息有误，请按提示修改");
        }
        return render(request, model, form, errors);
    }

    @PostMapping("/admin/campaigns/{id}/close")
    String close(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        var closed = changes.close(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "已关闭评价任务“" + closed.name() + "”，各单位暂不能提交");
        return "redirect:/admin/campaigns";
    }

    @PostMapping("/admin/campaigns/{id}/reopen")
    String reopen(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        var reopened = changes.reopen(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "已重新开放评价任务“" + reopened.name() + "”");
        return "redirect:/admin/campaigns";
    }

    /** Adds units to an open campaign: each gets its draft at once. */
    @PostMapping("/admin/campaigns/{id}/units")
    String addUnits(HttpServletRequest request, @PathVariable long id, @RequestParam(required = false) List<Long> unitIds,
                    RedirectAttributes redirect) {
        try {
            var changed = changes.addUnits(CurrentActor.of(request), id, unitIds);
            redirect.addFlashAttribute("flashMessage", "已添加单位，评价任务“" + changed.name() + "”现有"
                    + changed.unitCount() + "个单位，新单位的填报草稿已生成");
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.UNPROCESSABLE && e.refusal() != Refusal.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/campaigns";
    }

    private String render(HttpServletRequest request, Model model, CampaignForm form, Map<String, String> errors) {
        Actor actor = CurrentActor.of(request);
        List<UnitView> all = administration.units(actor);
        List<UnitView> units = all.stream().filter(u -> u.isUnder(actor.unitId())).filter(UnitView::enabled).toList();
        Map<String, String> unitNames = new LinkedHashMap<>();
        all.forEach(u -> unitNames.put(String.valueOf(u.id()), u.shortName()));
        var shown = campaigns.list(actor);
        Map<String, List<Long>> campaignUnits = new LinkedHashMap<>();
        shown.forEach(c -> campaignUnits.put(String.valueOf(c.id()), campaigns.unitIdsOf(actor, c.id())));
        model.addAttribute("campaigns", shown);
        model.addAttribute("campaignUnits", campaignUnits);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("units", units);
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
