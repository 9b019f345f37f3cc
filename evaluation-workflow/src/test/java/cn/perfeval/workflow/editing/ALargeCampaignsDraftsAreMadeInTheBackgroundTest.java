package cn.perfeval.workflow.editing;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.task.Workbench;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign of more units than may get their drafts in its own transaction opens at once with its units pending
 * (草稿生成中 on the board and the unit's workbench); the worker makes the drafts a batch per transaction, attaches an
 * evaluation a unit has by then, and a second run, a restart or a batch interrupted half-way creates nothing twice.
 */
@TestPropertySource(properties = {"eval.campaign-drafts.inline-limit=2", "eval.campaign-drafts.batch-size=3"})
class ALargeCampaignsDraftsAreMadeInTheBackgroundTest extends UseCaseTest {

    private static final int YEAR = 2024;

    @Autowired
    CampaignService campaigns;
    @Autowired
    cn.perfeval.workflow.campaign.CampaignChanges changes;
    @Autowired
    BackgroundDrafts background;
    @Autowired
    CampaignUnitMapper campaignUnits;
    @Autowired
    Workbench workbench;
    @Autowired
    java.time.Clock clock;
    @Autowired
    Drafts drafts;
    @Autowired
    cn.perfeval.workflow.campaign.CampaignMapper campaignMapper;
    @Autowired
    cn.perfeval.workflow.common.KeptCounts counts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private record Bureau(long id, String code, Actor admin, List<TestUnit> units) {
    }

    /** A bureau of its own with this many units, so that "every unit under it" is only these. */
    private Bureau bureauWith(int count) {
        String code = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrgUnitRecord bureau = directory.createUnit(code, "测试财政局" + code, "测试局" + code, OrgUnitRecord.FINANCE_BUREAU, null);
        directory.createUser(code + ".admin", "测试管理员", "x", bureau.getId(), EnumSet.of(Role.ADMIN));
        List<TestUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unitCode = code + "u" + i;
            OrgUnitRecord unit = directory.createUnit(unitCode, "测试街道办事处" + unitCode, "测试街道" + i,
                    OrgUnitRecord.STREET_OFFICE, bureau.getId());
            directory.createUser(unitCode + ".submitter", "测试填报员", encoder.encode(Scenes.DEMO_PASSWORD), unit.getId(),
                    EnumSet.of(Role.SUBMITTER));
            units.add(new TestUnit(unit.getId(), unit.getName(), unitCode + ".submitter", null, null));
        }
        return new Bureau(bureau.getId(), code, actor(code + ".admin"), units);
    }

    private long openForEveryUnit(Bureau bureau) {
        return campaigns.open(bureau.admin(), new CampaignService.OpenCampaign(YEAR, YEAR + "年度全省评价任务", "yuhua-2020",
                LocalDateTime.now().plusDays(20), 3, null, true)).id();
    }

    private List<Long> evaluationsOf(TestUnit unit) {
        return jdbc.queryForList("select id from evaluation where unit_id = ? and evaluation_year = ?", Long.class,
                unit.id(), YEAR);
    }

    private long pending(long campaign) {
        return jdbc.queryForObject("select count(*) from campaign_unit where campaign_id = ? and draft_pending = true",
                Long.class, campaign);
    }

    /** Every unit has exactly one evaluation of the year, in the campaign, its status and task agreeing. */
    private void everyUnitHasOneDraft(Bureau bureau, long campaign) {
        for (TestUnit unit : bureau.units()) {
            assertThat(evaluationsOf(unit)).as(unit.name()).hasSize(1);
            long id = evaluationsOf(unit).get(0);
            assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, id)).isEqualTo(campaign);
            assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);
        }
        assertThat(pending(campaign)).isZero();
    }

    @Test
    void theCampaignOpensAtOnceAndTheWorkerGivesEveryUnitOneDraftInBatches() {
        Bureau bureau = bureauWith(8);
        TestUnit before = bureau.units().get(0);
        TestUnit during = bureau.units().get(6);
        TestUnit waiting = bureau.units().get(7);
        long earlier = draft(before, YEAR);

        long campaign = openForEveryUnit(bureau);

        assertThat(jdbc.queryForObject("select count(*) from campaign_unit where campaign_id = ?", Long.class, campaign))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from evaluation where campaign_id = ?", Long.class, campaign))
                .as("only the evaluation already there, attached; no draft made in the opening").isEqualTo(1);
        assertThat(pending(campaign)).isEqualTo(7);
        CampaignService.Board board = campaigns.board(bureau.admin(), campaign, new PageRequest(1, 20));
        assertThat(board.draftsPending()).isEqualTo(7);
        assertThat(board.draftsMade()).isEqualTo(1);
        assertThat(board.counts()).containsEntry("PREPARING", 7L);
        assertThat(board.items()).filteredOn(r -> r.unitId() == waiting.id()).singleElement()
                .satisfies(r -> assertThat(r.stageLabel()).isEqualTo("草稿生成中"));
        assertThat(workbench.of(actor(waiting.submitter())).toStart()).singleElement().satisfies(t -> {
            assertThat(t.campaignId()).isEqualTo(campaign);
            assertThat(t.preparing()).isTrue();
        });

        assertThat(background.runOneBatch()).as("one batch of three").isEqualTo(3);
        assertThat(pending(campaign)).isEqualTo(4);
        // a unit imports its evaluation while the worker has not reached it yet
        long imported = draft(during, YEAR);

        assertThat(background.finishPending()).isEqualTo(4);

        everyUnitHasOneDraft(bureau, campaign);
        assertThat(evaluationsOf(before)).containsExactly(earlier);
        assertThat(evaluationsOf(during)).containsExactly(imported);
        CampaignService.Board done = campaigns.board(bureau.admin(), campaign, new PageRequest(1, 20));
        assertThat(done.draftsPending()).isZero();
        assertThat(done.draftsMade()).isEqualTo(8);
        assertThat(done.counts()).doesNotContainKey("PREPARING").containsEntry("DRAFT", 8L);
        assertThat(workbench.of(actor(waiting.submitter())).toStart()).isEmpty();
        assertThat(workbench.of(actor(waiting.submitter())).todos())
                .anySatisfy(t -> assertThat(t.evaluation().id()).isEqualTo(evaluationsOf(waiting).get(0)));

        // a second run finds nothing; units marked pending again (as by a restart that lost track) get nothing twice
        assertThat(background.finishPending()).isZero();
        jdbc.update("update campaign_unit set draft_pending = true where campaign_id = ?", campaign);
        assertThat(background.finishPending()).isEqualTo(8);
        everyUnitHasOneDraft(bureau, campaign);
        assertThat(jdbc.queryForObject("select count(*) from audit_event a join evaluation e on e.id = a.evaluation_id "
                + "where e.campaign_id = ? and a.action = 'CREATE'", Long.class, campaign))
                .as("one draft made for each unit without one: eight less the two imported").isEqualTo(6);
    }

    @Test
    void aClosedCampaignsDraftsWaitUntilItIsReopened() {
        Bureau bureau = bureauWith(3);
        long campaign = openForEveryUnit(bureau);
        changes.close(bureau.admin(), campaign);
        assertThat(background.finishPending()).isZero();
        assertThat(pending(campaign)).isEqualTo(3);
        changes.reopen(bureau.admin(), campaign);
        assertThat(background.finishPending()).isEqualTo(3);
        everyUnitHasOneDraft(bureau, campaign);
    }

    @Test
    void twoInstancesAtOnceMakeEachDraftOnce() throws Exception {
        Bureau bureau = bureauWith(10);
        long campaign = openForEveryUnit(bureau);
        // a second instance on the same database: its own claims, the same beans otherwise
        BackgroundDrafts other = new BackgroundDrafts(drafts, campaignUnits,
                campaignMapper, counts, transactions, clock, 3, java.time.Duration.ofMinutes(10),
                java.time.Duration.ofHours(1), false);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var mine = pool.submit(background::finishPending);
            var theirs = pool.submit(other::finishPending);
            assertThat(mine.get(2, java.util.concurrent.TimeUnit.MINUTES) + theirs.get(2, java.util.concurrent.TimeUnit.MINUTES))
                    .as("every unit made by one of them").isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        everyUnitHasOneDraft(bureau, campaign);
    }

    @Test
    void aStopHalfWayIsFinishedByTheResumeAndALiveClaimIsLeftToItsInstance() {
        Bureau bureau = bureauWith(7);
        long campaign = openForEveryUnit(bureau);
        assertThat(pending(campaign)).isEqualTo(7);

        // the instance stopped after its first batch: the rest is pending, unclaimed
        assertThat(background.runOneBatch()).isEqualTo(3);
        // and another instance is making the next two right now
        List<Long> takenElsewhere = List.of(bureau.units().get(3).id(), bureau.units().get(4).id());
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        campaignUnits.claimDrafts(campaign, takenElsewhere, "other-instance", now, now.minusMinutes(10));

        assertThat(background.finishPending()).as("the resume makes the unclaimed ones only").isEqualTo(2);
        assertThat(jdbc.queryForList("select unit_id from campaign_unit where campaign_id = ? and draft_pending = true "
                + "order by unit_id", Long.class, campaign)).containsExactlyElementsOf(takenElsewhere);

        // that instance died: its claim ages and is taken over
        jdbc.update("update campaign_unit set draft_claimed_at = ? where campaign_id = ? and draft_claimed_by = 'other-instance'",
                now.minusMinutes(11), campaign);
        assertThat(background.finishPending()).isEqualTo(2);
        everyUnitHasOneDraft(bureau, campaign);
    }
}
