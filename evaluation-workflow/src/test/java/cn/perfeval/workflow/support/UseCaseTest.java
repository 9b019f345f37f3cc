package cn.perfeval.workflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.WorkflowTestApplication;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.demo.DemoDataInitializer;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.org.UserAccount;
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

    /** The seed's two warnings: acknowledged, its attachments submit. */
    public static final Set<String> SEED_WARNINGS = Set.of("STAFF_HEADCOUNT_MISMATCH", "PROJECT_ROWS_BLANK");
    private static volatile String passwordHash;
    private static volatile String seed;

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

    /** A street office under the demo bureau with a submitter, an internal reviewer and a person holding both roles. */
    public record TestUnit(long id, String name, String submitter, String reviewer, String both) {
    }

    protected TestUnit newUnit() {
        String code = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrgUnitRecord bureau = directory.findUnitByCode(DemoDataInitializer.BUREAU_CODE).orElseThrow();
        OrgUnitRecord unit = directory.createUnit(code, "长沙市雨花区测试街道办事处" + code, "测试街道" + code,
                OrgUnitRecord.STREET_OFFICE, bureau.getId());
        directory.createUser(code + ".submitter", "测试填报员", hash(), unit.getId(), EnumSet.of(Role.SUBMITTER));
        directory.createUser(code + ".reviewer", "测试审核人", hash(), unit.getId(), EnumSet.of(Role.INTERNAL_REVIEWER));
        directory.createUser(code + ".both", "测试填报审核人", hash(), unit.getId(),
                EnumSet.of(Role.SUBMITTER, Role.INTERNAL_REVIEWER));
        return new TestUnit(unit.getId(), unit.getName(), code + ".submitter", code + ".reviewer", code + ".both");
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode("Demo@123456");
        }
        return passwordHash;
    }

    protected Actor actor(String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), a.roles(), "127.0.0.1");
    }

    /** The seed document (高桥 2020), rewritten for the unit and year. */
    protected static ObjectNode seedFor(TestUnit unit, int year) {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(seedText());
        ((ObjectNode) doc.get("unit")).put("name", unit.name());
        ((ObjectNode) doc.get("unit")).put("shortName", "测试街道");
        doc.put("year", year);
        return doc;
    }

    protected static String json(Object node) {
        return Json.MAPPER.writeValueAsString(node);
    }

    private static String seedText() {
        if (seed == null) {
            try (InputStream in = UseCaseTest.class.getResourceAsStream("/demo/gaoqiao-2020.json")) {
                seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    // ------------------------------------------------------------------ scenes, each reached through the use cases

    protected long draft(TestUnit unit, int year) {
        return editing.importDocument(actor(unit.submitter()), json(seedFor(unit, year))).id();
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
        String pi = jdbc.queryForObject("select process_instance_id from evaluation where id = ?", String.class, evaluationId);
        return tasks.createTaskQuery().processInstanceId(pi).singleResult();
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

    /** The evaluation row's status and Flowable's open task say the same thing. */
    protected void assertStatusAndTaskAgree(long evaluationId, EvaluationStatus expected) {
        String status = jdbc.queryForObject("select status from evaluation where id = ?", String.class, evaluationId);
        assertThat(status).isEqualTo(expected.name());
        String pi = jdbc.queryForObject("select process_instance_id from evaluation where id = ?", String.class, evaluationId);
        List<Task> open = tasks.createTaskQuery().processInstanceId(pi).list();
        String expectedTask = switch (expected) {
            case DRAFT, RETURNED -> "fillIn";
            case INTERNAL_REVIEW -> "internalReview";
            case FINANCE_REVIEW -> "financeReview";
            case APPROVED -> "publish";
            case PUBLISHED -> null;
        };
        if (expectedTask == null) {
            assertThat(open).isEmpty();
        } else {
            assertThat(open).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo(expectedTask);
        }
    }
}
