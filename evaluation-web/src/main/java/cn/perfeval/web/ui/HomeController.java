package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return CurrentActor.userOrNull() != null ? "redirect:/workbench" : "redirect:/public";
    }

    @GetMapping("/workbench")
    String workbench() {
        return "workbench";
    }
}
