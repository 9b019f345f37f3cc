package cn.perfeval.web.workflow;

import cn.perfeval.web.support.Approvals;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scenes the web tests reach through the use cases (the rest of their set-up is the workflow's {@link Scenes}). */
public final class WorkflowTestSupport {

    private WorkflowTestSupport() {
    }

    /** Drives an evaluation of the seed for the unit to INTERNAL_REVIEW through the services (cheap set-up). */
    public static long submitted(EvaluationEditing evaluations, Approvals approvals, OrgDirectory directory,
                                 JdbcTemplate jdbc, TestUnit unit, int year) {
        var submitter = Scenes.actor(directory, unit.submitter());
        long id = Scenes.importSeed(evaluations, jdbc, submitter, unit, year);
        approvals.submit(submitter, id, Scenes.SEED_WARNINGS, null);
        return id;
    }

    /** …and on to FINANCE_REVIEW, approved by the unit's reviewer. */
    public static long inFinanceReview(EvaluationEditing evaluations, Approvals approvals, OrgDirectory directory,
                                       TaskService tasks, JdbcTemplate jdbc, TestUnit unit, int year) {
        long id = submitted(evaluations, approvals, directory, jdbc, unit, year);
        approvals.approve(Scenes.actor(directory, unit.reviewer()), Scenes.openTask(tasks, jdbc, id).getId(),
                ApprovalRequest.withComment("同意"));
        return id;
    }
}
