package cn.perfeval.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicController {

    @GetMapping("/public")
    String index() {
        return "public/index";
    }
}
