package cn.perfeval.web.workflow;

import static cn.perfeval.web.workflow.WorkflowTestSupport.assertStatusAndTaskAgree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.workflow.WorkflowTestSupport.TestUnit;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.web.support.Approvals;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A failure after Flowable completed the task and the row was updated rolls both back: nothing is half-done. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusAndTaskChangeInOneTransactionTest {

    @Autowired
    OrgDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EvaluationEditing evaluations;
    @Autowired
    Approvals approvals;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFailureAfterTheTaskIsCompletedRollsBackTheTaskAndTheStatus() {
        TestUnit unit = WorkflowTestSupport.newUnit(directory, encoder);
        long id = WorkflowTestSupport.submitted(evaluations, approvals, directory, unit, 2020);
        String taskId = WorkflowTestSupport.openTask(tasks, jdbc, id).getId();
        int version = jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            approvals.approve(WorkflowTestSupport.actor(directory, unit.reviewer()), taskId,
                    ApprovalRequest.withComment("同意"));
            // inside the transaction the task is completed and the row moved on…
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
            assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id))
                    .isEqualTo("FINANCE_REVIEW");
            throw new IllegalStateException("injected failure after the task was completed");
        })).hasMessageContaining("injected failure");

        // …and after the rollback neither happened
        assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.INTERNAL_REVIEW);
        assertThat(WorkflowTestSupport.openTask(tasks, jdbc, id).getId()).isEqualTo(taskId);
        assertThat(jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from review_record where evaluation_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where evaluation_id = ? and action = 'APPROVE'",
                Integer.class, id)).isZero();
    }
}
