package cn.perfeval.web.ui.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.template.TemplateLibrary;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminTemplatesController {

    private final TemplateLibrary library;

    AdminTemplatesController(TemplateLibrary library) {
        this.library = library;
    }

    @GetMapping("/admin/templates")
    String templates(HttpServletRequest request, Model model) {
        return render(request, model, "", List.of());
    }

    @GetMapping("/admin/templates/{code}")
    String template(HttpServletRequest request, @PathVariable String code, Model model) {
        model.addAttribute("template", library.view(CurrentActor.of(request), code));
        model.addAttribute("section", "templates");
        return "admin/template";
    }

    @PostMapping("/admin/templates")
    String importTemplate(HttpServletRequest request, Model model, @RequestParam(required = false) MultipartFile file,
                          @RequestParam(defaultValue = "") String content, RedirectAttributes redirect) throws IOException {
        String json = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : content;
        try {
            var template = library.importJson(CurrentActor.of(request), json);
            redirect.addFlashAttribute("flashMessage", "已导入指标模板 " + template.code() + "（" + template.name() + "）");
            return "redirect:/admin/templates/" + template.code();
        } catch (UseCaseException e) {
            if (e.refusal() != Refusal.INVALID && e.refusal() != Refusal.CONFLICT) {
                throw e;
            }
            model.addAttribute("formError", e.getMessage());
            return render(request, model, content, e.details());
        }
    }

    private String render(HttpServletRequest request, Model model, String content, List<ErrorDetail> problems) {
        model.addAttribute("templates", library.all(CurrentActor.of(request)));
        model.addAttribute("content", content);
        model.addAttribute("problems", problems);
        model.addAttribute("section", "templates");
        return "admin/templates";
    }
}
