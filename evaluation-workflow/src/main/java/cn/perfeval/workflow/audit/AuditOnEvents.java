package cn.perfeval.workflow.audit;

import cn.perfeval.domain.checks.CheckLabels;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.event.EvaluationEvent.Approved;
import cn.perfeval.workflow.event.EvaluationEvent.Changed;
import cn.perfeval.workflow.event.EvaluationEvent.DraftCreated;
import cn.perfeval.workflow.event.EvaluationEvent.DraftReplaced;
import cn.perfeval.workflow.event.EvaluationEvent.Published;
import cn.perfeval.workflow.event.EvaluationEvent.Returned;
import cn.perfeval.workflow.event.EvaluationEvent.Submitted;
import cn.perfeval.workflow.event.EvaluationEvent.Unpublished;
import cn.perfeval.workflow.event.EvaluationEvent.Withdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes each evaluation event to the audit trail, in the use case's transaction, in the words the history shows. */
@Component
class AuditOnEvents {

    private final AuditTrail audit;

    AuditOnEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void created(DraftCreated e) {
        record(e, e.imported() ? AuditAction.IMPORT : AuditAction.CREATE, e.imported() ? "导入创建草稿" : "创建草稿");
    }

    @EventListener
    void replaced(DraftReplaced e) {
        record(e, AuditAction.IMPORT, "导入新版本，覆盖草稿内容");
    }

    @EventListener
    void changed(Changed e) {
        record(e, AuditAction.SAVE, e.what());
    }

    @EventListener
    void submitted(Submitted e) {
        record(e, AuditAction.SUBMIT, "提交第" + e.evaluation().round() + "轮"
                + (e.acknowledgedWarnings().isEmpty() ? "" : "；已确认提醒：" + String.join("、", e.acknowledgedWarnings().stream().map(CheckLabels::label).toList())));
    }

    @EventListener
    void withdrawn(Withdrawn e) {
        record(e, AuditAction.WITHDRAW, "撤回第" + e.evaluation().round() + "轮提交");
    }

    @EventListener
    void approved(Approved e) {
        if (e.step() == Step.INTERNAL_REVIEW) {
            record(e, AuditAction.APPROVE, "单位内部审核通过" + (e.comment() == null ? "" : "：" + e.comment()));
            return;
        }
        for (EvaluationEvent.ScoreChange c : e.scoreChanges()) {
            record(e, AuditAction.SCORE_CHANGE, c.code() + " 自评" + (c.selfScore() == null ? "未填" : c.selfScore().toPlainString())
                    + "分 → 评审" + Decimals.plain(c.reviewScore()) + "分；理由：" + c.reason());
        }
        record(e, AuditAction.APPROVE, "财政局评审通过：评审等级" + e.grade().label() + "，评审总分" + e.reviewTotal().toPlainString());
    }

    @EventListener
    void returned(Returned e) {
        record(e, AuditAction.RETURN, e.step().label() + "退回：" + e.comment());
    }

    @EventListener
    void published(Published e) {
        record(e, AuditAction.PUBLISH, "公开发布；" + e.evidenceReview());
    }

    @EventListener
    void unpublished(Unpublished e) {
        record(e, AuditAction.UNPUBLISH, "撤回公开：" + e.reason());
    }

    @EventListener
    void handed(EvaluationEvent.Handed e) {
        AuditAction action = switch (e.how()) {
            case TRANSFER -> AuditAction.TRANSFER;
            case DELEGATE -> AuditAction.DELEGATE;
            case RESOLVE -> AuditAction.RESOLVE;
        };
        String to = e.how() == EvaluationEvent.Handing.RESOLVE ? "交回" : e.how().label() + "给";
        record(e, action, e.step().label() + to + e.toName() + (e.comment() == null ? "" : "：" + e.comment()));
    }

    @EventListener
    void copied(EvaluationEvent.Copied e) {
        record(e, AuditAction.COPY, "抄送" + String.join("、", e.names()) + (e.comment() == null ? "" : "：" + e.comment()));
    }

    private void record(EvaluationEvent e, AuditAction action, String detail) {
        audit.record(e.actor(), action, e.evaluation().id(), e.evaluation().round(), detail);
    }
}
