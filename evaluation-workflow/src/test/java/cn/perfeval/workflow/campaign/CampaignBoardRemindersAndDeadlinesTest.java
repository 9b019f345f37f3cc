package cn.perfeval.workflow.campaign;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.workflow.common.PageRequest;
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
        assertThat(reminded.units()).isEqualTo(1);
        assertThat(count("select count(*) from campaign_unit where campaign_id = ? and unit_id = ? and reminded_at is not null",
                opened.id(), late.id())).isEqualTo(1);
        assertThat(notifications.of(actor(late.submitter()), true)).anySatisfy(n -> assertThat(n.title()).contains("催报"));
        assertThat(notifications.of(actor(early.submitter()), true)).noneSatisfy(n -> assertThat(n.title()).contains("催报"));
        refused(() -> campaigns.board(actor(late.submitter()), opened.id(), new PageRequest(1, 20)), Refusal.FORBIDDEN, "NOT_BUREAU");

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
    void aReminderWalksTheOutstandingUnitsByPagesEachOnce() {
        List<TestUnit> units = java.util.stream.IntStream.range(0, 5).mapToObj(i -> newUnit()).toList();
        LocalDateTime deadline = LocalDateTime.now(PersistenceConfiguration.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        CampaignService.CampaignView opened = campaigns.open(actor("finance.reviewer"), new CampaignService.OpenCampaign(
                2020, "2020年度分批催报测试", "yuhua-2020", deadline, 3, units.stream().map(TestUnit::id).toList()));
        TestUnit handedIn = units.get(2);
        submission.submit(actor(handedIn.submitter()), draft(handedIn, 2020), SEED_WARNINGS, null);
        List<Long> outstanding = units.stream().filter(u -> u != handedIn).map(TestUnit::id).toList();

        // two at a time: three reads, the handed-in unit in none of them, every other unit once and in order
        CampaignRecord c = jdbc.queryForObject("select id from campaign where id = ?", (rs, n) -> {
            CampaignRecord r = new CampaignRecord();
            r.setId(rs.getLong(1));
            r.setCampaignYear(2020);
            return r;
        }, opened.id());
        List<List<Long>> batches = new java.util.ArrayList<>();
        campaigns.outstanding(c, 2).forEach(b -> batches.add(b.stream().map(CampaignUnitMapper.Outstanding::unitId).toList()));
        assertThat(batches).containsExactly(outstanding.subList(0, 2), outstanding.subList(2, 4));
        assertThat(batches.stream().flatMap(List::stream)).doesNotContain(handedIn.id());

        CampaignService.Reminded reminded = campaigns.remind(actor("finance.reviewer"), opened.id(), null);
        assertThat(reminded.units()).isEqualTo(outstanding.size());
        int submitters = outstanding.stream().mapToInt(u -> count("select count(*) from app_user a join user_role r "
                + "on r.user_id = a.id where a.unit_id = ? and a.enabled = true and r.role = 'SUBMITTER'", u)).sum();
        assertThat(submitters).isGreaterThanOrEqualTo(outstanding.size());
        assertThat(reminded.notifications()).as("one notice to each submitter").isEqualTo(submitters);
        assertThat(count("select count(*) from campaign_unit where campaign_id = ? and reminded_at is not null", opened.id()))
                .isEqualTo(outstanding.size());
        for (TestUnit unit : units) {
            boolean expected = unit != handedIn;
            assertThat(notifications.of(actor(unit.submitter()), true).stream().anyMatch(n -> n.title().startsWith("催报：")))
                    .as(unit.name()).isEqualTo(expected);
            assertThat(count("select count(*) from audit_event where action = 'REMIND' and detail = ?",
                    "催报：" + unit.name() + "（2020年度分批催报测试）")).as(unit.name()).isEqualTo(expected ? 1 : 0);
        }

        // named units are reminded whatever their stage; a unit outside the campaign is refused and nothing is sent
        assertThat(campaigns.remind(actor("finance.reviewer"), opened.id(), List.of(handedIn.id())).units()).isEqualTo(1);
        assertThat(count("select count(*) from campaign_unit where campaign_id = ? and unit_id = ? and reminded_at is not null",
                opened.id(), handedIn.id())).isEqualTo(1);
        int before = count("select count(*) from notification");
        refused(() -> campaigns.remind(actor("finance.reviewer"), opened.id(), List.of(units.get(0).id(), newUnit().id())),
                Refusal.UNPROCESSABLE, "UNIT_NOT_IN_CAMPAIGN");
        assertThat(count("select count(*) from notification")).isEqualTo(before);
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
        campaigns.board(actor("admin"), campaignId, new PageRequest(1, 100)).units().forEach(u -> stages.put(u.unitId(), u.stage()));
        return stages;
    }
}
