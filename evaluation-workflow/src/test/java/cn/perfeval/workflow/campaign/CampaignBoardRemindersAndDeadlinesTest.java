package cn.perfeval.workflow.campaign;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.notification.Notifications;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's board shows where each unit stands; reminders reach the submitters of units that have not handed in;
 * the deadline's timers (run here through Flowable's ManagementService, not by waiting) remind and mark overdue.
 */
class CampaignBoardRemindersAndDeadlinesTest extends UseCaseTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    ManagementService management;

    @Test
    void theBoardRemindersAndTheDeadlineTimers() {
        TestUnit late = newUnit();
        TestUnit early = newUnit();
        LocalDateTime deadline = LocalDateTime.now(PersistenceConfiguration.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        CampaignService.CampaignView opened = campaigns.open(actor("finance.reviewer"), new CampaignService.OpenCampaign(
                2020, "2020年度测试评价任务", "yuhua-2020", deadline, 3, List.of(late.id(), early.id())));
        assertThat(campaigns.list(actor(late.submitter()))).extracting(CampaignService.CampaignView::name)
                .contains("2020年度测试评价任务");
        assertThat(notifications.of(actor(late.submitter()), false)).anySatisfy(n -> assertThat(n.title()).contains("新的评价任务"));

        // the campaign gave each unit its draft: filling in the early one replaces it
        long createdId = jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2020",
                Long.class, early.id());
        long earlyId = draft(early, 2020);
        assertThat(earlyId).isEqualTo(createdId);
        submission.submit(actor(early.submitter()), earlyId, SEED_WARNINGS, null);
        assertThat(stages(opened.id())).containsEntry(late.id(), "DRAFT").containsEntry(early.id(), "IN_REVIEW");

        CampaignService.Reminded reminded = campaigns.remind(actor("finance.reviewer"), opened.id(), null);
        assertThat(reminded.unitIds()).containsExactly(late.id());
        assertThat(notifications.of(actor(late.submitter()), true)).anySatisfy(n -> assertThat(n.title()).contains("催报"));
        assertThat(notifications.of(actor(early.submitter()), true)).noneSatisfy(n -> assertThat(n.title()).contains("催报"));
        refused(() -> campaigns.board(actor(late.submitter()), opened.id()), Refusal.FORBIDDEN, "NOT_BUREAU");

        String process = jdbc.queryForObject("select process_instance_id from campaign where id = ?", String.class, opened.id());
        Map<String, Job> timers = new HashMap<>();
        management.createTimerJobQuery().processInstanceId(process).list().forEach(j -> timers.put(j.getElementId(), j));
        assertThat(timers).containsKeys("reminderDue", "deadlinePassed");
        assertThat(Duration.between(timers.get("reminderDue").getDuedate().toInstant(),
                timers.get("deadlinePassed").getDuedate().toInstant())).isEqualTo(Duration.ofDays(3));

        fire(timers.get("reminderDue"));
        assertThat(count("select count(*) from audit_event where action = 'REMIND' and detail like ?",
                "截止前自动催报：" + late.name() + "%")).isEqualTo(1);
        fire(timers.get("deadlinePassed"));
        assertThat(count("select count(*) from campaign_unit where campaign_id = ? and overdue = true", opened.id())).isEqualTo(1);
        assertThat(stages(opened.id())).containsEntry(late.id(), "OVERDUE").containsEntry(early.id(), "IN_REVIEW");
        assertThat(notifications.of(actor(late.submitter()), false)).anySatisfy(n -> assertThat(n.title()).contains("已逾期"));
    }

    @Test
    void onlyTheBureausManagersOpenACampaignAndItMustBeComplete() {
        TestUnit unit = newUnit();
        LocalDateTime deadline = LocalDateTime.now().plusDays(9);
        refused(() -> campaigns.open(actor(unit.submitter()), new CampaignService.OpenCampaign(2020, null, null, deadline, 3,
                List.of(unit.id()))), Refusal.FORBIDDEN, "NOT_BUREAU_MANAGER");
        refused(() -> campaigns.open(actor("publisher"), new CampaignService.OpenCampaign(2020, null, null, deadline, 3,
                List.of(unit.id()))), Refusal.FORBIDDEN, "NOT_BUREAU_MANAGER");
        var invalid = refused(() -> campaigns.open(actor("admin"), new CampaignService.OpenCampaign(null, null, null, null,
                3, List.of())), Refusal.UNPROCESSABLE, "CAMPAIGN_INVALID");
        assertThat(invalid.details()).extracting(d -> d.path()).contains("$.year", "$.deadline", "$.unitIds");
    }

    /** Runs the timer's job now, in its own transaction, as the engine's executor would when it falls due. */
    private void fire(Job timer) {
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private Map<Long, String> stages(long campaignId) {
        Map<Long, String> stages = new HashMap<>();
        campaigns.board(actor("admin"), campaignId).units().forEach(u -> stages.put(u.unitId(), u.stage()));
        return stages;
    }
}
