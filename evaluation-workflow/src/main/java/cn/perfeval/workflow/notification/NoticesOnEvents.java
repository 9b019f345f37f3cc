package cn.perfeval.workflow.notification;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.domain.evaluation.Step;
import java.util.List;

import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.event.EvaluationEvent.Approved;
import cn.perfeval.workflow.event.EvaluationEvent.Published;
import cn.perfeval.workflow.event.EvaluationEvent.Returned;
import cn.perfeval.workflow.event.EvaluationEvent.Submitted;
import cn.perfeval.workflow.event.EvaluationEvent.Unpublished;
import cn.perfeval.workflow.event.EvaluationEvent.Withdrawn;
import cn.perfeval.workflow.event.EvaluationRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the next person in the path that it is their turn, and the unit what the bureau decided. */
@Component
class NoticesOnEvents {

    private static final String PUBLISHED_BODY = "自评及财政局评审结果已公开发布";

    private final Notifications notifications;

    NoticesOnEvents(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void handed(EvaluationEvent.Handed h) {
        EvaluationRef e = h.evaluation();
        notifications.taskHandled(e.id());
        String title = switch (h.how()) {
            case TRANSFER -> "转办给您：" + e.title() + "（" + h.step().label() + "）";
            case DELEGATE -> "委派给您：" + e.title() + "（" + h.step().label() + "，办结后交回" + h.actor().displayName() + "）";
            case RESOLVE -> "委派已办结：" + e.title() + "（" + h.step().label() + "），请您决定";
        };
        notifications.toLogins(List.of(h.toUser()), Notifications.TASK, title,
                h.actor().displayName() + (h.comment() == null ? "" : "：" + h.comment()), e.id());
    }

    @EventListener
    void copied(EvaluationEvent.Copied c) {
        EvaluationRef e = c.evaluation();
        notifications.toLogins(c.users(), Notifications.COPY, "抄送：" + e.title() + "（第" + e.round() + "轮）",
                c.actor().displayName() + "抄送给您" + (c.comment() == null ? "" : "：" + c.comment()), e.id());
    }

    @EventListener
    void withdrawn(Withdrawn w) {
        notifications.taskHandled(w.evaluation().id());
    }

    @EventListener
    void submitted(Submitted s) {
        EvaluationRef e = s.evaluation();
        notifications.toUnitRole(e.unitId(), Role.INTERNAL_REVIEWER, Notifications.TASK,
                "待审核：" + e.title() + "（第" + e.round() + "轮）", s.actor().displayName() + "已提交，请进行单位内部审核", e.id());
    }

    @EventListener
    void approved(Approved a) {
        EvaluationRef e = a.evaluation();
        notifications.taskHandled(e.id());
        if (a.step() == Step.INTERNAL_REVIEW) {
            notifications.toUnitRole(e.bureauId(), Role.FINANCE_REVIEWER, Notifications.TASK,
                    "待评审：" + e.title() + "（第" + e.round() + "轮）", "单位内部审核已通过，请进行财政局评审", e.id());
            return;
        }
        notifications.toUnitRoles(List.of(
                new Notifications.Notice(e.bureauId(), Role.PUBLISHER, Notifications.TASK, "待发布：" + e.title(),
                        "财政局评审已通过（评审等级" + a.grade().label() + "），可公开发布", e.id()),
                new Notifications.Notice(e.unitId(), Role.SUBMITTER, Notifications.APPROVED,
                        "财政局评审通过：" + e.year() + "年度绩效自评",
                        "评审等级" + a.grade().label() + "；评审意见：" + a.opinion(), e.id())));
    }

    @EventListener
    void returned(Returned r) {
        EvaluationRef e = r.evaluation();
        notifications.taskHandled(e.id());
        notifications.toUnitRole(e.unitId(), Role.SUBMITTER, Notifications.RETURN,
                "已退回：" + e.year() + "年度绩效自评（第" + e.round() + "轮，" + r.step().label() + "）", r.comment(), e.id());
    }

    @EventListener
    void published(Published p) {
        EvaluationRef e = p.evaluation();
        notifications.taskHandled(e.id());
        notifications.toUnitRoles(e.unitId(), java.util.EnumSet.of(Role.SUBMITTER, Role.INTERNAL_REVIEWER),
                Notifications.PUBLISH, "已公开：" + e.title(), PUBLISHED_BODY, e.id());
    }

    @EventListener
    void unpublished(Unpublished u) {
        EvaluationRef e = u.evaluation();
        notifications.toUnitRole(e.unitId(), Role.SUBMITTER, Notifications.PUBLISH, "已撤回公开：" + e.title(), u.reason(), e.id());
    }
}
