package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is looking, to show their unit and only the actions their roles allow. */
@ControllerAdvice(basePackages = "cn.perfeval.web.ui")
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    PlatformUser currentUser() {
        return CurrentActor.userOrNull();
    }
}
