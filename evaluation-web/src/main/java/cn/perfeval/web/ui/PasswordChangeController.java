package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.PasswordPolicy;
import cn.perfeval.workflow.org.Passwords;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password on {@code /account/password} (the API's is {@code POST /api/me/password}).
 * The session's copy of the user is updated, so a user who had to change reaches everything again at once.
 */
@Controller
class PasswordChangeController {

    private final Passwords passwords;

    PasswordChangeController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String page(Model model) {
        return render(model, Map.of());
    }

    @PostMapping("/account/password")
    String change(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmPassword, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("formError", "两次输入的新密码不一致");
            return render(model, Map.of("confirmPassword", "两次输入的新密码不一致"));
        }
        try {
            passwords.changeOwn(CurrentActor.of(request), currentPassword, newPassword);
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID) {
                throw e;
            }
            model.addAttribute("formError", e.getMessage());
            Map<String, String> errors = new LinkedHashMap<>();
            e.details().forEach(d -> errors.merge(d.path(), d.message(), (a, b) -> a + "；" + b));
            return render(model, errors);
        }
        PlatformUser.passwordChangedInSession(request);
        redirect.addFlashAttribute("flashMessage", "密码已修改");
        return "redirect:/workbench";
    }

    private static String render(Model model, Map<String, String> errors) {
        PlatformUser user = CurrentActor.userOrNull();
        model.addAttribute("mustChange", user != null && user.mustChangePassword());
        model.addAttribute("rule", PasswordPolicy.RULE);
        model.addAttribute("errors", errors);
        return "account-password";
    }
}
