package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.token.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接口令牌: a person creates, sees and revokes their own API tokens; a new token is shown once, on the answer itself. */
@Controller
class TokenPageController {

    private static final String FORM_MARK = "tokenFormMark";

    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String page(HttpServletRequest request, Model model, @RequestParam(required = false) Integer page) {
        return show(CurrentActor.of(request), request.getSession(), model, page);
    }

    @PostMapping("/account/tokens")
    String create(HttpServletRequest request, HttpServletResponse response, Model model,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String once) {
        Actor actor = CurrentActor.of(request);
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession();
        // the form's one-time mark: a refresh that posts the form again must not make a second live token
        if (once.isEmpty() || !once.equals(session.getAttribute(FORM_MARK))) {
            model.addAttribute("tokenError", "该令牌已创建（刷新页面不会再创建）；如需新的令牌，请重新填写名称后创建");
            return show(actor, session, model, 1);
        }
        session.removeAttribute(FORM_MARK);
        try {
            // rendered on this answer, never through a flash attribute: the token must not be stored in the session
            model.addAttribute("created", tokens.create(actor, name));
        } catch (UseCaseException e) {
            model.addAttribute("tokenError", e.getMessage());
            model.addAttribute("name", name);
        }
        return show(actor, session, model, 1);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentActor.of(request), id);
        redirect.addFlashAttribute("flashMessage", "令牌已撤销，使用它的程序将无法再访问");
        return "redirect:/account/tokens";
    }

    private String show(Actor actor, HttpSession session, Model model, Integer page) {
        String mark = java.util.UUID.randomUUID().toString();
        session.setAttribute(FORM_MARK, mark);
        model.addAttribute("formMark", mark);
        var shown = Paging.shown(Paging.request(page, null), r -> tokens.list(actor, r));
        model.addAttribute("tokens", shown.items());
        model.addAttribute("paging", Paging.of(shown, "/account/tokens", ""));
        return "account/tokens";
    }
}
