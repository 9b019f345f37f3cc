package cn.perfeval.web.ui;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.notification.Notifications;
import cn.perfeval.workflow.task.Workbench;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class HomeController {

    private final Workbench workbench;
    private final Notifications notifications;

    HomeController(Workbench workbench, Notifications notifications) {
        this.workbench = workbench;
        this.notifications = notifications;
    }

    @GetMapping("/")
    String home() {
        return CurrentActor.userOrNull() != null ? "redirect:/workbench" : "redirect:/public";
    }

    @GetMapping("/workbench")
    String workbench(HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.of(request);
        Workbench.Page page = workbench.of(actor);
        model.addAttribute("todos", page.todos());
        model.addAttribute("todoTotal", page.todoTotal());
        model.addAttribute("toStart", page.toStart());
        model.addAttribute("done", page.done());
        model.addAttribute("notifications", notifications.of(actor, false).stream().limit(20).toList());
        model.addAttribute("unread", notifications.unreadCount(actor));
        return "workbench";
    }

    @PostMapping("/notifications/{id}/read")
    String read(HttpServletRequest request, @PathVariable long id) {
        notifications.markRead(CurrentActor.of(request), id);
        return "redirect:/workbench#notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(HttpServletRequest request) {
        notifications.markAllRead(CurrentActor.of(request));
        return "redirect:/workbench#notifications";
    }
}
