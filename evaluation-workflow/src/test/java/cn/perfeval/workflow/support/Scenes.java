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
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.demo.DemoDataInitializer;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.org.UserAccount;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenes tests set: a fresh street office with its people under the demo bureau, the seed document written for it,
 * and the check that the evaluation's row and Flowable's task agree. Shared with the web module's tests.
 */
public final class Scenes {

    public static final String DEMO_PASSWORD = "Demo@123456";
    /** The seed's two warnings: acknowledged, its attachments submit. */
    public static final Set<String> SEED_WARNINGS = Set.of("STAFF_HEADCOUNT_MISMATCH", "PROJECT_ROWS_BLANK");
    private static volatile String passwordHash;
    private static volatile String seed;

    private Scenes() {
    }

    /** A street office under the demo bureau with a submitter, an internal reviewer and a person holding both roles. */
    public record TestUnit(long id, String name, String submitter, String reviewer, String both) {
    }

    public static TestUnit newUnit(OrgDirectory directory, PasswordEncoder encoder) {
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrgUnitRecord unit = directory.createUnit(code, "长沙市雨花区测试街道办事处" + code, "测试街道" + code,
                OrgUnitRecord.STREET_OFFICE, bureau(directory).getId());
        String hash = hash(encoder);
        directory.createUser(code + ".submitter", "测试填报员", hash, unit.getId(), EnumSet.of(Role.SUBMITTER));
        directory.createUser(code + ".reviewer", "测试审核人", hash, unit.getId(), EnumSet.of(Role.INTERNAL_REVIEWER));
        directory.createUser(code + ".both", "测试填报审核人", hash, unit.getId(),
                EnumSet.of(Role.SUBMITTER, Role.INTERNAL_REVIEWER));
        return new TestUnit(unit.getId(), unit.getName(), code + ".submitter", code + ".reviewer", code + ".both");
    }

    /** Another user of the demo bureau, with the given roles and the demo password. */
    public static String newBureauUser(OrgDirectory directory, PasswordEncoder encoder, Set<Role> roles) {
        String username = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        directory.createUser(username, "测试财政局用户", hash(encoder), bureau(directory).getId(), roles);
        return username;
    }

    private static OrgUnitRecord bureau(OrgDirectory directory) {
        return directory.findUnitByCode(DemoDataInitializer.BUREAU_CODE).orElseThrow();
    }

    private static String hash(PasswordEncoder encoder) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(DEMO_PASSWORD);
        }
        return passwordHash;
    }

    public static Actor actor(OrgDirectory directory, String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), a.roles(), "127.0.0.1");
    }

    /** The seed document (高桥 2020) as shipped with the demo data. */
    public static String seedText() {
        if (seed == null) {
            try (InputStream in = Scenes.class.getResourceAsStream("/demo/gaoqiao-2020.json")) {
                seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    /** The seed document, written for another unit and year. */
    public static ObjectNode seedFor(TestUnit unit, int year) {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(seedText());
        ((ObjectNode) doc.get("unit")).put("name", unit.name());
        ((ObjectNode) doc.get("unit")).put("shortName", "测试街道");
        doc.put("year", year);
        return doc;
    }

    public static String json(Object node) {
        return Json.MAPPER.writeValueAsString(node);
    }

    /** The seed imported as the unit's draft for the year, over the one a campaign may have given it (at its version). */
    public static long importSeed(EvaluationEditing editing, JdbcTemplate jdbc, Actor submitter, TestUnit unit, int year) {
        Integer existing = jdbc.queryForList("select version from evaluation where unit_id = ? and evaluation_year = ?",
                Integer.class, unit.id(), year).stream().findFirst().orElse(null);
        return editing.importDocument(submitter, json(seedFor(unit, year)), existing).id();
    }

    public static Task openTask(TaskService tasks, JdbcTemplate jdbc, long evaluationId) {
        String pi = jdbc.queryForObject("select process_instance_id from evaluation where id = ?", String.class, evaluationId);
        return tasks.createTaskQuery().processInstanceId(pi).singleResult();
    }

    /** The evaluation row's status and Flowable's open task say the same thing. */
    public static void assertStatusAndTaskAgree(TaskService tasks, JdbcTemplate jdbc, long evaluationId,
                                                EvaluationStatus expected) {
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
