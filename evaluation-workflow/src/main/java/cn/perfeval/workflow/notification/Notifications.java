package cn.perfeval.workflow.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.AppUserRecord;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.notification.NotificationMapper;
import cn.perfeval.workflow.notification.NotificationRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices: new tasks, returns, reminders, overdue marks and publications. */
@Service
public class Notifications {

    public static final String TASK = "TASK";
    public static final String RETURN = "RETURN";
    public static final String REMIND = "REMIND";
    public static final String OVERDUE = "OVERDUE";
    public static final String PUBLISH = "PUBLISH";
    public static final String APPROVED = "APPROVED";
    public static final String COPY = "COPY";

    private final NotificationMapper notifications;
    private final OrgDirectory directory;
    private final Clock clock;

    public Notifications(NotificationMapper notifications, OrgDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
    }

    /** Sends within the use case's transaction: a decision that rolls back announces nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUnitRole(long unitId, Role role, String kind, String title, String body, Long evaluationId) {
        return toUsers(directory.usersOf(unitId, role), kind, title, body, evaluationId);
    }

    /** The same notice to the holders of any of these roles in one unit, each person once (one read, one insert). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUnitRoles(long unitId, java.util.Set<Role> roles, String kind, String title, String body,
                           Long evaluationId) {
        return toUsers(directory.usersOf(unitId, roles), kind, title, body, evaluationId);
    }

    /** A notice for the holders of a role in a unit. */
    public record Notice(long unitId, Role role, String kind, String title, String body, Long evaluationId) {
    }

    /** Several notices of one event (to different people) written by one insert. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUnitRoles(List<Notice> notices) {
        List<NotificationRecord> rows = new java.util.ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Notice n : notices) {
            rows.addAll(rows(directory.usersOf(n.unitId(), n.role()), n.kind(), n.title(), n.body(), n.evaluationId(), now));
        }
        if (!rows.isEmpty()) {
            notifications.insertAll(rows);
        }
        return rows.size();
    }

    /**
     * The same notice to the holders of a role in each of several units, each about its own unit's evaluation (the
     * map's value, may be null): one read of the people and one insert for them all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toEachUnitRole(Map<Long, Long> evaluationOfUnit, Role role, String kind, String title, String body) {
        List<NotificationRecord> rows = new java.util.ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (AppUserRecord user : directory.usersOf(evaluationOfUnit.keySet(), role)) {
            rows.addAll(rows(List.of(user), kind, title, body, evaluationOfUnit.get(user.getUnitId()), now));
        }
        if (!rows.isEmpty()) {
            notifications.insertAll(rows);
        }
        return rows.size();
    }

    /** As {@link #toEachUnitRole}, a notice about no evaluation (a campaign's opening, closing, reopening). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUnitsRole(Collection<Long> unitIds, Role role, String kind, String title, String body) {
        Map<Long, Long> noEvaluation = new java.util.LinkedHashMap<>();
        unitIds.forEach(u -> noEvaluation.put(u, null));
        return toEachUnitRole(noEvaluation, role, kind, title, body);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int toUsers(Collection<AppUserRecord> users, String kind, String title, String body, Long evaluationId) {
        List<NotificationRecord> rows = rows(users, kind, title, body, evaluationId, LocalDateTime.now(clock));
        if (!rows.isEmpty()) {
            notifications.insertAll(rows);
        }
        return users.size();
    }

    private static List<NotificationRecord> rows(Collection<AppUserRecord> users, String kind, String title, String body,
                                                 Long evaluationId, LocalDateTime now) {
        List<NotificationRecord> rows = new java.util.ArrayList<>();
        for (AppUserRecord user : users) {
            NotificationRecord n = new NotificationRecord();
            n.setUserId(user.getId());
            n.setKind(kind);
            n.setTitle(title.length() > 200 ? title.substring(0, 199) + "…" : title);
            n.setBody(body);
            n.setEvaluationId(evaluationId);
            n.setCreatedAt(now);
            rows.add(n);
        }
        return rows;
    }

    /** The evaluation's task was handled: its task notices, to whoever got them, are no longer to do. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void taskHandled(long evaluationId) {
        notifications.markTaskNoticesRead(evaluationId, LocalDateTime.now(clock));
    }

    /** To named people (by login) within the use case's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toLogins(Collection<String> logins, String kind, String title, String body, Long evaluationId) {
        List<AppUserRecord> users = logins.stream().map(directory::userRecord).flatMap(java.util.Optional::stream).toList();
        return toUsers(users, kind, title, body, evaluationId);
    }

    @Transactional(readOnly = true)
    public List<NotificationView> of(Actor actor, boolean unreadOnly) {
        return page(actor, unreadOnly, PageRequest.first()).items();
    }

    /** One page of a person's notices, newest first. */
    @Transactional(readOnly = true)
    public Page<NotificationView> page(Actor actor, boolean unreadOnly, PageRequest request) {
        long total = notifications.count(actor.userId(), unreadOnly);
        List<NotificationView> items = total <= request.offset() ? List.of()
                : notifications.of(actor.userId(), unreadOnly, request.offset(), request.size()).stream()
                .map(NotificationView::of).toList();
        return Page.of(items, total, request);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return notifications.unreadCount(actor.userId());
    }

    @Transactional
    public void markRead(Actor actor, long id) {
        NotificationRecord n = notifications.selectById(id);
        if (n == null || n.getUserId() != actor.userId()) {
            throw UseCaseException.notFound("NOTIFICATION_NOT_FOUND", "通知不存在");
        }
        notifications.markRead(actor.userId(), id, LocalDateTime.now(clock));
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markRead(actor.userId(), null, LocalDateTime.now(clock));
    }

    public record NotificationView(long id, String kind, String title, String body, Long evaluationId,
                                   LocalDateTime createdAt, LocalDateTime readAt, boolean read) {
        static NotificationView of(NotificationRecord n) {
            return new NotificationView(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getEvaluationId(),
                    n.getCreatedAt(), n.getReadAt(), n.getReadAt() != null);
        }
    }
}
