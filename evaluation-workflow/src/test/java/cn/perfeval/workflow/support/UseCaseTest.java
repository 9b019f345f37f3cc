package cn.perfeval.workflow.support;

import java.util.Set;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.WorkflowTestApplication;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A use case proven without HTTP: the workflow's beans with the real engine and database, a fresh street office per
 * test (its submitter, internal reviewer, and a person holding both roles), and the seed document written for it.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
public abstract class UseCaseTest {

    public static final Set<String> SEED_WARNINGS = Scenes.SEED_WARNINGS;

    @Autowired
    protected EvaluationEditing editing;
    @Autowired
    protected EvaluationReading reading;
    @Autowired
    protected Submission submission;
    @Autowired
    protected ReviewDecisions decisions;
    @Autowired
    protected Publication publication;
    @Autowired
    protected OrgDirectory directory;
    @Autowired
    protected PasswordEncoder encoder;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected JdbcTemplate jdbc;

    protected TestUnit newUnit() {
        return Scenes.newUnit(directory, encoder);
    }

    protected Actor actor(String username) {
        return Scenes.actor(directory, username);
    }

    protected static ObjectNode seedFor(TestUnit unit, int year) {
        return Scenes.seedFor(unit, year);
    }

    protected static String json(Object node) {
        return Scenes.json(node);
    }

    // ------------------------------------------------------------------ scenes, each reached through the use cases

    /** The seed imported as the unit's draft for the year (over the one it may have, at the version it has). */
    protected long draft(TestUnit unit, int year) {
        return Scenes.importSeed(editing, jdbc, actor(unit.submitter()), unit, year);
    }

    protected long submitted(TestUnit unit, int year) {
        long id = draft(unit, year);
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        return id;
    }

    protected long inFinanceReview(TestUnit unit, int year) {
        long id = submitted(unit, year);
        decisions.approve(actor(unit.reviewer()), task(id), ApprovalRequest.withComment("同意"));
        return id;
    }

    protected long approved(TestUnit unit, int year) {
        long id = inFinanceReview(unit, year);
        decisions.approve(actor("finance.reviewer"), task(id), new ApprovalRequest(null, null, "良", "同意"));
        return id;
    }

    protected long published(TestUnit unit, int year) {
        long id = approved(unit, year);
        publication.publish(actor("publisher"), id);
        return id;
    }

    /** The id of the evaluation's open task. */
    protected String task(long evaluationId) {
        return openTask(evaluationId).getId();
    }

    protected Task openTask(long evaluationId) {
        return Scenes.openTask(tasks, jdbc, evaluationId);
    }

    protected int version(long evaluationId) {
        return jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, evaluationId);
    }

    // ------------------------------------------------------------------ assertions

    /** The use case refused with this reason and code, in Chinese, and the caller can tell why. */
    protected static UseCaseException refused(ThrowingCallable call, Refusal refusal, String code) {
        UseCaseException e = catchThrowableOfType(UseCaseException.class, call);
        assertThat(e).as("expected %s %s", refusal, code).isNotNull();
        assertThat(e.refusal()).as(e.code() + " " + e.getMessage()).isEqualTo(refusal);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.getMessage()).matches(".*[\\u4e00-\\u9fa5].*");
        return e;
    }

    protected void assertStatusAndTaskAgree(long evaluationId, EvaluationStatus expected) {
        Scenes.assertStatusAndTaskAgree(tasks, jdbc, evaluationId, expected);
    }
}
