package cn.perfeval.workflow.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.evaluation.EvaluationFilter;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.task.WorkLists;
import cn.perfeval.workflow.notification.Notifications;
import cn.perfeval.workflow.support.Plans;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every list query is served by an index: EXPLAIN of each statement the paged lists run shows no full scan of
 * evaluation, org_unit, campaign_unit or notification. Runs on H2 (its plan names a "tableScan") and, in CI's MariaDB
 * run, on MariaDB (no access type ALL), over a bureau of its own with 300 units and 900 evaluations, its statistics
 * analysed, so that the optimiser chooses as it would at scale rather than scanning a table of ten rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListQueriesUseTheirIndexesTest extends UseCaseTest {

    private static final int UNITS = 300;
    /** Fewer rows than a page: a scan of them costs nothing, and MariaDB rightly prefers it to an index. */
    private static final long FEW_ROWS = 20;
    private static final List<String> WATCHED = List.of("evaluation", "org_unit", "campaign_unit", "notification",
            "audit_event", "app_user", "act_ru_task", "act_ru_identitylink");

    @Autowired
    PublicReading publicReading;
    @Autowired
    WorkLists workLists;
    @Autowired
    cn.perfeval.workflow.task.Workbench workbench;
    @Autowired
    cn.perfeval.workflow.evaluation.KeptPublicPages publicPages;
    @Autowired
    CampaignService campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    cn.perfeval.workflow.audit.AuditTrail auditTrail;
    @Autowired
    cn.perfeval.workflow.org.OrgAdministration administration;
    @Autowired
    cn.perfeval.workflow.campaign.CampaignUnitMapper campaignUnits;

    private Actor bureauReviewer;
    private Actor unitSubmitter;
    private long campaignId;
    private String someUnitName;

    @BeforeAll
    void aBureauOfItsOwn() {
        String code = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        OrgUnitRecord bureau = directory.createUnit(code, "测试财政局" + code, "测试局" + code, OrgUnitRecord.FINANCE_BUREAU, null);
        directory.createUser(code + ".fr", "测试评审", "x", bureau.getId(), EnumSet.of(Role.FINANCE_REVIEWER));
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(new Object[] {code + "u" + i, "测试单位" + code + "第" + i + "号", "单位" + i, OrgUnitRecord.STREET_OFFICE,
                    bureau.getId(), Timestamp.valueOf(now)});
        }
        // a province has many bureaus: units of another, so that this bureau's are a part of the table, as they are
        OrgUnitRecord other = directory.createUnit(code + "o", "其他财政局" + code, "其他局" + code, OrgUnitRecord.FINANCE_BUREAU, null);
        for (int i = 0; i < 4 * UNITS; i++) {
            units.add(new Object[] {code + "o" + i, "其他单位" + code + "第" + i + "号", "其他" + i, OrgUnitRecord.STREET_OFFICE,
                    other.getId(), Timestamp.valueOf(now)});
        }
        jdbc.batchUpdate("INSERT INTO org_unit (code, name, short_name, unit_type, parent_id, enabled, created_at) "
                + "VALUES (?, ?, ?, ?, ?, TRUE, ?)", units);
        List<Long> unitIds = jdbc.queryForList("SELECT id FROM org_unit WHERE parent_id = ? ORDER BY id", Long.class,
                bureau.getId());
        directory.createUser(code + ".sub", "测试填报", "x", unitIds.get(0), EnumSet.of(Role.SUBMITTER));
        jdbc.update("INSERT INTO campaign (campaign_year, name, template_code, deadline, reminder_days, status, created_by, "
                + "created_at) VALUES (1992, ?, 'yuhua-2020', ?, 3, 'OPEN', 'test', ?)", "测试任务" + code,
                Timestamp.valueOf(now.plusDays(30)), Timestamp.valueOf(now));
        campaignId = jdbc.queryForObject("SELECT MAX(id) FROM campaign", Long.class);
        jdbc.batchUpdate("INSERT INTO campaign_unit (campaign_id, unit_id, overdue) VALUES (?, ?, FALSE)",
                unitIds.stream().map(u -> new Object[] {campaignId, u}).toList());
        EvaluationStatus[] statuses = EvaluationStatus.values();
        List<Object[]> rows = new ArrayList<>();
        for (int year = 1990; year <= 1992; year++) {
            for (int i = 0; i < unitIds.size(); i++) {
                EvaluationStatus status = statuses[(i + year) % statuses.length];
                rows.add(new Object[] {year == 1992 ? campaignId : null, unitIds.get(i), bureau.getId(), year, status.name(),
                        status == EvaluationStatus.DRAFT ? 0 : 1, Timestamp.valueOf(now), Timestamp.valueOf(now)});
            }
        }
        jdbc.batchUpdate("INSERT INTO evaluation (campaign_id, unit_id, bureau_id, evaluation_year, template_code, status, "
                + "current_round, created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, 'yuhua-2020', ?, ?, 'test', ?, ?, 0)",
                rows);
        // two people in each unit of both bureaus: the administrator's user list pages through a province's users
        List<Long> everyUnit = jdbc.queryForList("SELECT id FROM org_unit WHERE code LIKE ?", Long.class, code + "%");
        List<Object[]> people = new ArrayList<>();
        for (Long unit : everyUnit) {
            for (String who : List.of("s", "r")) {
                people.add(new Object[] {code + "." + unit + "." + who, "测试人员", "x", unit, Timestamp.valueOf(now)});
            }
        }
        jdbc.batchUpdate("INSERT INTO app_user (username, display_name, password_hash, unit_id, enabled, failed_attempts, "
                + "created_at) VALUES (?, ?, ?, ?, TRUE, 0, ?)", people);
        if (!h2()) {
            jdbc.execute("ANALYZE TABLE evaluation, org_unit, campaign_unit, notification, campaign, audit_event, app_user");
        }
        directory.unitsChanged();
        publicPages.changed();  // rows written by SQL, as another instance would: no publication event drops kept pages
        bureauReviewer = actor(code + ".fr");
        unitSubmitter = actor(code + ".sub");
        someUnitName = "第17号";
    }

    @Test
    void everyListQueryIsServedByAnIndex() {
        PageRequest first = PageRequest.first();
        Statements.reset();
        Page<EvaluationView> all = reading.page(bureauReviewer, EvaluationFilter.NONE, first);
        reading.page(bureauReviewer, EvaluationFilter.NONE, new PageRequest(7, 20));
        reading.page(bureauReviewer, new EvaluationFilter(1991, EvaluationStatus.PUBLISHED, null, null, null), first);
        reading.page(bureauReviewer, new EvaluationFilter(null, null, null, campaignId, null), first);
        Page<EvaluationView> named = reading.page(bureauReviewer, new EvaluationFilter(null, null, null, null, someUnitName), first);
        reading.years(bureauReviewer);
        Page<EvaluationView> own = reading.page(unitSubmitter, EvaluationFilter.NONE, first);
        publicReading.published(null, null, first);
        publicReading.published(1990, null, new PageRequest(3, 20));
        publicReading.published(null, someUnitName, first);
        publicReading.publishedYears();
        publicReading.publishedPerCampaign(List.of(campaignId));
        auditTrail.linesOfEvaluation(all.items().get(0).id());
        administration.users(actor("admin"), "", new PageRequest(3, 20));
        administration.users(actor("admin"), "", PageRequest.first());
        campaigns.page(bureauReviewer, first);
        campaigns.page(unitSubmitter, first);
        CampaignService.Board board = campaigns.board(bureauReviewer, campaignId, new PageRequest(2, 20));
        notifications.page(unitSubmitter, false, first);
        Page<CampaignService.UnitChoice> choices = campaigns.unitChoices(bureauReviewer, someUnitName, campaignId, first);
        campaigns.unitChoices(bureauReviewer, "", null, new PageRequest(3, 10));
        workLists.of(bureauReviewer, WorkLists.Kind.TODO, WorkLists.Filter.NONE, first);
        workLists.of(unitSubmitter, WorkLists.Kind.TODO, new WorkLists.Filter(someUnitName, 1992, EvaluationStatus.DRAFT, null), first);
        workbench.of(bureauReviewer);
        // not a list, but a reminder over a whole campaign walks it by these pages
        var outstanding = campaignUnits.outstandingAfter(campaignId, 1992, 0, 500);
        campaignUnits.outstandingAfter(campaignId, 1992, outstanding.get(outstanding.size() / 2).unitId(), 500);
        List<Statements.Bound> statements = List.copyOf(Statements.current().bound);

        // the lists are what they say: a bureau sees what its units handed in, newest year first, 20 at a time
        long handedIn = UNITS * 3L - jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE bureau_id = ? AND current_round = 0",
                Long.class, bureauReviewer.unitId());
        assertThat(all.total()).isEqualTo(handedIn);
        assertThat(all.items()).hasSize(20).allSatisfy(e -> assertThat(e.year()).isEqualTo(1992));
        assertThat(named.items()).isNotEmpty().allSatisfy(e -> assertThat(e.unitName()).contains(someUnitName));
        assertThat(own.items()).isNotEmpty().allSatisfy(e -> assertThat(e.unitId()).isEqualTo(unitSubmitter.unitId()));
        assertThat(board.total()).isEqualTo(UNITS);
        assertThat(board.items()).hasSize(20);
        assertThat(choices.items()).isNotEmpty().allSatisfy(u -> {
            assertThat(u.name()).contains(someUnitName);
            assertThat(u.inCampaign()).isTrue();
        });
        assertThat(board.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(UNITS);
        assertThat(outstanding).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE campaign_id = ? "
                + "AND status IN ('DRAFT', 'RETURNED')", Integer.class, campaignId));

        List<String> scans = new ArrayList<>();
        int explained = 0;
        for (Statements.Bound s : statements) {
            String sql = s.sql().strip();
            if (!sql.toLowerCase(Locale.ROOT).startsWith("select") || WATCHED.stream().noneMatch(t -> reads(sql, t))) {
                continue;
            }
            explained++;
            scans.addAll(fullScans(sql, s.args()));
        }
        assertThat(explained).as("the list statements were seen").isGreaterThanOrEqualTo(20);
        assertThat(scans).as("full table scans").isEmpty();
    }

    private static boolean reads(String sql, String table) {
        return Pattern.compile("\\b(from|join)\\s+" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    private List<String> fullScans(String sql, List<Object> args) {
        return new Plans(jdbc, WATCHED, FEW_ROWS).fullScans(sql, args);
    }

    private boolean h2() {
        return new Plans(jdbc, WATCHED, FEW_ROWS).h2();
    }
}
