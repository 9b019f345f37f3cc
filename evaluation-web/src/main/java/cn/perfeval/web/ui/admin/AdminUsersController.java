package cn.perfeval.web.ui.admin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.SessionTerminator;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.NewUser;
import cn.perfeval.workflow.org.OrgAdministration;
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

    @GetMapping("/admin/users")
    String users(HttpServletRequest request, Model model) {
        return render(request, model, new NewUser("", "", "", null, Set.of()), Map.of());
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
            return render(request, model, new NewUser(username, displayName, "", unitId, input.roles()), byField(e));
        }
        redirect.addFlashAttribute("flashMessage", "已创建用户 " + username.trim());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(HttpServletRequest request, @PathVariable long id, @RequestParam boolean enabled,
                   RedirectAttributes redirect) {
        administration.setEnabled(CurrentActor.of(request), id, enabled);
        if (!enabled) {
            sessions.endAllOf(administration.user(CurrentActor.of(request), id).username());
        }
        redirect.addFlashAttribute("flashMessage", enabled ? "已启用该用户" : "已停用该用户，其登录会话已结束");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(HttpServletRequest request, @PathVariable long id, @RequestParam String password,
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
        return "redirect:/admin/users#user-" + id;
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(HttpServletRequest request, @PathVariable long id, @RequestParam(required = false) List<String> roles,
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
        return "redirect:/admin/users#user-" + id;
    }

    private String render(HttpServletRequest request, Model model, NewUser form, Map<String, String> errors) {
        model.addAttribute("users", administration.users(CurrentActor.of(request)));
        model.addAttribute("units", administration.units(CurrentActor.of(request)));
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
