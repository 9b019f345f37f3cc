package cn.perfeval.web.api;

import java.util.Map;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.notification.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Page<Notifications.NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return notifications.page(CurrentActor.of(request), unread, PageRequest.of(page, size));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(HttpServletRequest request) {
        return Map.of("unread", notifications.unreadCount(CurrentActor.of(request)));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, HttpServletRequest request) {
        notifications.markRead(CurrentActor.of(request), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(HttpServletRequest request) {
        return Map.of("marked", notifications.markAllRead(CurrentActor.of(request)));
    }
}
