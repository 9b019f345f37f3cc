package cn.perfeval.web.ui.admin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.SessionTerminator;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.NewUser;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.UserSummary;
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

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private final OrgAdministration administration;
    private final SessionTerminator sessions;

    AdminUsersController(OrgAdministration administration, SessionTerminator sessions) {
        this.administration = administration;
        this.sessions = sessions;
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/users";
    }

    /** The users a page at a time, found by a part of their user name, name or unit's name ({@code q}). */
    @GetMapping("/admin/users")
    String users(HttpServletRequest request, Model model, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page) {
        return render(request, model, q, page, new NewUser("", "", "", null, Set.of()), Map.of());
    }

    /** Units offered per page of the new-user form's unit search. */
    static final int CHOICES_PER_PAGE = 10;

    /** What the unit search of the new-user form offers: any unit, the bureau's own included (its reviewers). */
    public record UnitOption(long id, String name) {
    }

    @GetMapping(value = "/admin/users/unit-choices", produces = "application/json")
    @ResponseBody
    Page<UnitOption> unitChoices(HttpServletRequest request, @RequestParam(defaultValue = "") String name,
                                 @RequestParam(required = false) Integer page) {
        String text = name.length() > 100 ? name.substring(0, 100) : name;
        return Paging.shown(Paging.request(page, CHOICES_PER_PAGE),
                r -> administration.units(CurrentActor.of(request), text, r))
                .map(u -> new UnitOption(u.id(), u.name()));
    }

    @PostMapping("/admin/users")
    String create(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) Long unitId, @RequestParam(required = false) List<String> roles,
                  RedirectAttributes redirect) {
        NewUser input = new NewUser(username, displayName, password, unitId, roles(roles));
        try {
            administration.createUser(CurrentActor.of(request), input);
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID) {
                throw e;
            }
            model.addAttribute("formError", e.getMessage());
            return render(request, model, null, null, new NewUser(username, displayName, "", unitId, input.roles()),
                    byField(e));
        }
        redirect.addFlashAttribute("flashMessage", "已创建用户 " + username.trim());
        // the list opens on the new user, wherever the order puts them
        return "redirect:/admin/users" + listedAt(username.trim(), null);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(HttpServletRequest request, @PathVariable long id, @RequestParam boolean enabled,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   RedirectAttributes redirect) {
        administration.setEnabled(CurrentActor.of(request), id, enabled);
        if (!enabled) {
            sessions.endAllOf(administration.user(CurrentActor.of(request), id).username());
        }
        redirect.addFlashAttribute("flashMessage", enabled ? "已启用该用户" : "已停用该用户，其登录会话已结束");
        return "redirect:/admin/users" + listedAt(q, page) + "#user-" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(HttpServletRequest request, @PathVariable long id, @RequestParam String password,
                         @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                         RedirectAttributes redirect) {
        try {
            administration.resetPassword(CurrentActor.of(request), id, password);
            sessions.endAllOf(administration.user(CurrentActor.of(request), id).username());
            redirect.addFlashAttribute("flashMessage", "密码已重置，登录限制已解除；该用户下次登录须先修改密码");
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "密码未重置：" + e.getMessage());
        }
        return "redirect:/admin/users" + listedAt(q, page) + "#user-" + id;
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(HttpServletRequest request, @PathVariable long id, @RequestParam(required = false) List<String> roles,
                 @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                 RedirectAttributes redirect) {
        try {
            administration.setRoles(CurrentActor.of(request), id, roles(roles));
            sessions.endAllOf(administration.user(CurrentActor.of(request), id).username());
            redirect.addFlashAttribute("flashMessage", "角色已更新；该用户需重新登录后生效");
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "角色未更新：" + e.getMessage());
        }
        return "redirect:/admin/users" + listedAt(q, page) + "#user-" + id;
    }

    /** Where a list stood ({@code ?q=…&page=…}), for the address an action on one of its rows returns to. */
    static String listedAt(String q, Integer page) {
        String query = Paging.query("q", q == null ? null : q.strip(), "page", page != null && page > 1 ? page : null);
        return query.isEmpty() ? "" : "?" + query;
    }

    private String render(HttpServletRequest request, Model model, String q, Integer page, NewUser form,
                          Map<String, String> errors) {
        Actor actor = CurrentActor.of(request);
        String text = q == null ? "" : q.strip();
        Page<UserSummary> shown = Paging.shown(Paging.request(page, null), r -> administration.users(actor, text, r));
        model.addAttribute("users", shown.items());
        model.addAttribute("paging", Paging.of(shown, "/admin/users", Paging.query("q", text)));
        model.addAttribute("q", text);
        // the unit a refused form had chosen stays chosen
        model.addAttribute("chosenUnits", form.unitId() == null ? List.of()
                : administration.unit(actor, form.unitId()).stream().toList());
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("form", form);
        model.addAttribute("formRoles", form.roles().stream().map(Enum::name).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "users");
        return "admin/users";
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    result.add(Role.valueOf(name));
                } catch (IllegalArgumentException ignored) {
                    throw UseCaseException.invalid("UNKNOWN_ROLE", "未知角色：" + name,
                            List.of(ErrorDetail.at("roles", "未知角色：" + name)));
                }
            }
        }
        return result;
    }

    static Map<String, String> byField(UseCaseException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.details().forEach(detail -> errors.merge(detail.path(), detail.message(), (a, b) -> a + "；" + b));
        return errors;
    }
}
