package cn.perfeval.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.workflow.WorkflowTestSupport.TestUnit;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.org.OrgDirectory;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A campaign's board shows where each unit stands; reminders reach the submitters; the deadline's timers (driven here
 * through Flowable's ManagementService, not by waiting) remind before and mark overdue after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignBoardRemindersAndDeadlineTimersTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardRemindersAndTheDeadlineTimers() {
        HttpTestClient http = new HttpTestClient(port);
        TestUnit late = WorkflowTestSupport.newUnit(directory, encoder);
        TestUnit early = WorkflowTestSupport.newUnit(directory, encoder);
        LocalDateTime deadline = LocalDateTime.now(PersistenceConfiguration.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        Response opened = http.postJson("/api/campaigns", "finance.reviewer", "{\"year\":2020,\"name\":\"2020年度测试评价任务\","
                + "\"templateCode\":\"yuhua-2020\",\"deadline\":\"" + deadline + "\",\"reminderDays\":3,\"unitIds\":["
                + late.id() + "," + early.id() + "]}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long campaign = opened.json().path("id").asLong();
        assertThat(http.get("/api/campaigns", late.submitter()).body()).contains("2020年度测试评价任务");
        assertThat(http.get("/api/notifications", late.submitter()).body()).contains("新的评价任务");

        // the early unit creates its draft in the open campaign and submits it
        Response created = http.postJson("/api/evaluations", early.submitter(), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("campaignId").asLong()).isEqualTo(campaign);
        long earlyId = http.postJson("/api/evaluations/import", early.submitter(),
                WorkflowTestSupport.json(WorkflowTestSupport.seedFor(early, 2020))).json().path("id").asLong();
        assertThat(earlyId).isEqualTo(created.json().path("id").asLong());
        assertThat(http.postJson("/api/evaluations/" + earlyId + "/submit", early.submitter(),
                WholeApprovalPathOverHttpTest.acknowledge()).status()).isEqualTo(200);

        Map<Long, String> stages = stages(http.get("/api/campaigns/" + campaign + "/board", "admin").json());
        assertThat(stages).containsEntry(late.id(), "NOT_STARTED").containsEntry(early.id(), "IN_REVIEW");

        // a reminder by hand goes to the units that have not handed in
        Response reminded = http.postJson("/api/campaigns/" + campaign + "/remind", "finance.reviewer", "{}");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.json().path("unitIds").toString()).isEqualTo("[" + late.id() + "]");
        assertThat(http.get("/api/notifications?unread=true", late.submitter()).body()).contains("催报");
        assertThat(http.get("/api/notifications?unread=true", early.submitter()).body()).doesNotContain("催报");

        // the two timers: due 3 days before the deadline and at the deadline
        String process = jdbc.queryForObject("select process_instance_id from campaign where id = ?", String.class, campaign);
        Map<String, Job> timers = new HashMap<>();
        management.createTimerJobQuery().processInstanceId(process).list().forEach(j -> timers.put(j.getElementId(), j));
        assertThat(timers).containsKeys("reminderDue", "deadlinePassed");
        assertThat(Duration.between(timers.get("reminderDue").getDuedate().toInstant(),
                timers.get("deadlinePassed").getDuedate().toInstant())).isEqualTo(Duration.ofDays(3));

        int remindersBefore = count("select count(*) from audit_event where action = 'REMIND' and detail like ?",
                "截止前自动催报：" + late.name() + "%");
        fire(timers.get("reminderDue"));
        await(() -> count("select count(*) from audit_event where action = 'REMIND' and detail like ?",
                "截止前自动催报：" + late.name() + "%") > remindersBefore);

        fire(timers.get("deadlinePassed"));
        await(() -> count("select count(*) from campaign_unit where campaign_id = ? and overdue = true", campaign) == 1);
        stages = stages(http.get("/api/campaigns/" + campaign + "/board", "finance.reviewer").json());
        assertThat(stages).containsEntry(late.id(), "OVERDUE").containsEntry(early.id(), "IN_REVIEW");
        assertThat(http.get("/api/notifications", late.submitter()).body()).contains("已逾期");
        assertThat(count("select count(*) from audit_event where action = 'OVERDUE' and detail like ?", late.name() + "%"))
                .isEqualTo(1);

        // notifications are read one by one or all at once
        JsonNode mine = http.get("/api/notifications?unread=true", late.submitter()).json();
        assertThat(http.postJson("/api/notifications/" + mine.get(0).path("id").asLong() + "/read", late.submitter(), null)
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/notifications/" + mine.get(0).path("id").asLong() + "/read", early.submitter(), null)
                .status()).isEqualTo(404);
        assertThat(http.postJson("/api/notifications/read-all", late.submitter(), null).status()).isEqualTo(200);
        assertThat(http.get("/api/notifications?unread=true", late.submitter()).json().size()).isZero();
    }

    /** Makes the timer due now; the engine's async executor runs it at once (its own transaction, as in production). */
    private void fire(Job timer) {
        management.moveTimerToExecutableJob(timer.getId());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static void await(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timer job had no effect within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Map<Long, String> stages(JsonNode board) {
        Map<Long, String> stages = new HashMap<>();
        board.path("units").forEach(u -> stages.put(u.path("unitId").asLong(), u.path("stage").asString()));
        return stages;
    }
}
