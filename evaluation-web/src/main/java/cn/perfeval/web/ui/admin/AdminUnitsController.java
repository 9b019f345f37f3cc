package cn.perfeval.web.ui.admin;

import java.util.List;
import java.util.Map;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.NewUnit;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.UnitView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUnitsController {

    private final OrgAdministration administration;

    AdminUnitsController(OrgAdministration administration) {
        this.administration = administration;
    }

    /** The units a page at a time, found by a part of their name or code ({@code q}). */
    @GetMapping("/admin/units")
    String units(HttpServletRequest request, Model model, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page) {
        return render(request, model, q, page, new NewUnit("", "", "", "STREET_OFFICE"), Map.of());
    }

    @PostMapping("/admin/units")
    String create(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String code,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String shortName,
                  @RequestParam(defaultValue = "") String unitType, RedirectAttributes redirect) {
        NewUnit input = new NewUnit(code, name, shortName, unitType);
        try {
            administration.createUnit(CurrentActor.of(request), input);
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID) {
                throw e;
            }
            model.addAttribute("formError", e.getMessage());
            return render(request, model, null, null, input, AdminUsersController.byField(e));
        }
        redirect.addFlashAttribute("flashMessage", "已创建单位 " + name.trim());
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/{id}/enabled")
    String enabled(HttpServletRequest request, @PathVariable long id, @RequestParam boolean enabled,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   RedirectAttributes redirect) {
        administration.setUnitEnabled(CurrentActor.of(request), id, enabled);
        redirect.addFlashAttribute("flashMessage", enabled ? "已启用该单位" : "已停用该单位");
        return "redirect:/admin/units" + AdminUsersController.listedAt(q, page) + "#unit-" + id;
    }

    private String render(HttpServletRequest request, Model model, String q, Integer page, NewUnit form,
                          Map<String, String> errors) {
        String text = q == null ? "" : q.strip();
        Page<UnitView> shown = Paging.shown(Paging.request(page, null),
                r -> administration.units(CurrentActor.of(request), text, r));
        model.addAttribute("units", shown.items());
        model.addAttribute("paging", Paging.of(shown, "/admin/units", Paging.query("q", text)));
        model.addAttribute("q", text);
        model.addAttribute("unitTypes", List.of(
                Map.of("code", "STREET_OFFICE", "label", OrgAdministration.unitTypeLabel("STREET_OFFICE")),
                Map.of("code", "DEPARTMENT", "label", OrgAdministration.unitTypeLabel("DEPARTMENT")),
                Map.of("code", "FINANCE_BUREAU", "label", OrgAdministration.unitTypeLabel("FINANCE_BUREAU"))));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "units");
        return "admin/units";
    }
}
