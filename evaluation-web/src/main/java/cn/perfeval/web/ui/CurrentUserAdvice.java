package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;
import cn.perfeval.workflow.notification.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is looking, to show their unit and only the actions their roles allow, and their unread notices. */
@ControllerAdvice(basePackages = "cn.perfeval.web.ui")
class CurrentUserAdvice {

    private final ObjectProvider<Notifications> notifications;

    CurrentUserAdvice(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("currentUser")
    PlatformUser currentUser() {
        return CurrentActor.userOrNull();
    }

    /** The badge in the header: how many notices wait unread (null for a visitor). */
    @ModelAttribute("unreadBadge")
    Long unreadBadge(HttpServletRequest request) {
        Notifications available = notifications.getIfAvailable();
        return CurrentActor.userOrNull() == null || available == null ? null
                : available.unreadCount(CurrentActor.of(request));
    }
}
