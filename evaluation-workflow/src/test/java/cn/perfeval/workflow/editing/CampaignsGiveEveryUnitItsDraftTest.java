package cn.perfeval.workflow.editing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.task.Workbench;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a campaign gives every unit in it a draft complete in shape, carrying last year forward; adding a unit gives
 * it one; nothing is created twice; a closed campaign takes no submission until it is reopened.
 */
class CampaignsGiveEveryUnitItsDraftTest extends UseCaseTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignChanges changes;
    @Autowired
    EvaluationRepository repository;
    @Autowired
    Workbench workbench;

    @Test
    void openingACampaignGivesEachUnitItsDraftWithLastYearCarriedIn() {
        TestUnit handedIn = newUnit();
        TestUnit neverHandedIn = newUnit();
        TestUnit fresh = newUnit();
        long lastYear = submitted(handedIn, 2020);
        long lastYearDraft = draft(neverHandedIn, 2020);

        long campaign = open(2021, handedIn, neverHandedIn, fresh);

        Evaluation carried = content(handedIn, 2021);
        Evaluation previous = repository.find(lastYear).orElseThrow().content();
        for (ExpenseRow row : ExpenseRow.values()) {
            assertThat(carried.basicData().cell(row, Column.PRIOR_YEAR_FINAL))
                    .as(row.label()).isEqualTo(previous.basicData().cell(row, Column.CURRENT_FINAL));
        }
        assertThat(carried.basicData().carried())
                .containsEntry("expenseControl.threePublicExpenses.priorYearFinal", "2020年度自评本年决算数");
        assertThat(content(neverHandedIn, 2021).basicData().carried())
                .containsEntry("expenseControl.threePublicExpenses.priorYearFinal", "2020年度自评（未提交）本年决算数");
        assertThat(repository.find(lastYearDraft).orElseThrow().status()).isEqualTo(EvaluationStatus.DRAFT);

        Evaluation blank = content(fresh, 2021);
        assertThat(blank.basicData().carried()).isEmpty();
        assertThat(blank.report().sections()).extracting(ReportSection::key).containsExactly("unitOverview",
                "budgetExecution", "performance", "problems", "improvements", "resultUse", "other");
        assertThat(blank.report().sections()).extracting(ReportSection::title).contains("一、单位基本情况", "其他需要说明的情况");
        assertThat(blank.scoreSheet().selfScores()).hasSize(24).containsValue(null);
        for (TestUnit unit : List.of(handedIn, neverHandedIn, fresh)) {
            long id = id(unit, 2021);
            assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);
            assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, id)).isEqualTo(campaign);
            assertThat(workbench.of(actor(unit.submitter())).todos())
                    .anySatisfy(t -> {
                        assertThat(t.evaluation().id()).isEqualTo(id);
                        assertThat(t.deadline()).isNotNull();
                    });
        }

        // opening again, or adding a unit already in: nothing twice
        long again = open(2021, handedIn);
        changes.addUnits(actor("admin"), campaign, List.of(fresh.id()));
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id in (?, ?, ?) and evaluation_year = 2021",
                Integer.class, handedIn.id(), neverHandedIn.id(), fresh.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, id(handedIn, 2021)))
                .isEqualTo(campaign).isNotEqualTo(again);

        // a unit added while the campaign is open gets its draft
        TestUnit later = newUnit();
        changes.addUnits(actor("finance.reviewer"), campaign, List.of(later.id()));
        assertStatusAndTaskAgree(id(later, 2021), EvaluationStatus.DRAFT);
    }

    @Test
    void theReviewGradeAndLastYearsReportCarryForward() {
        TestUnit unit = newUnit();
        approved(unit, 2020);
        open(2021, unit);
        long id = id(unit, 2021);
        Evaluation e = repository.find(id).orElseThrow().content();
        assertThat(e.scoreSheet().inputs().get("2.2.4")).isNotNull();
        assertThat(String.valueOf(e.scoreSheet().inputs().get("2.2.4"))).contains("良");

        editing.reportFromPreviousYear(actor(unit.submitter()), id, version(id));
        Evaluation rewritten = repository.find(id).orElseThrow().content();
        ReportSection overview = rewritten.report().section("unitOverview").orElseThrow();
        assertThat(overview.text()).contains("高桥街道").isNotBlank();
        assertThat(overview.fromPreviousYear()).isTrue();
        assertThat(rewritten.report().section("other").orElseThrow().fromPreviousYear()).isFalse();

        TestUnit first = newUnit();
        open(2021, first);
        refused(() -> editing.reportFromPreviousYear(actor(first.submitter()), id(first, 2021), version(id(first, 2021))),
                Refusal.CONFLICT, "NO_PREVIOUS_YEAR");
    }

    @Test
    void aBlankDraftIsRefusedWithOneErrorPerGap() {
        TestUnit unit = newUnit();
        open(2021, unit);
        long id = id(unit, 2021);
        UseCaseException refusal = refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null),
                Refusal.UNPROCESSABLE, "CHECKS_FAILED");
        List<ErrorDetail> errors = refusal.details().stream().filter(d -> d.severity().equals("ERROR")).toList();
        assertThat(errors).filteredOn(d -> d.code().equals("SELF_SCORE_MISSING")).hasSize(24);
        assertThat(errors).filteredOn(d -> d.code().equals("REPORT_SECTION_BLANK")).hasSize(6)
                .extracting(ErrorDetail::path).contains("$.report.sections[0].text");
        assertThat(errors).filteredOn(d -> d.code().equals("A1_FIELD_BLANK"))
                .extracting(ErrorDetail::path).contains("$.basicData.staffing.authorizedHeadcount", "$.basicData.austerityMeasures");
        assertThat(errors).allSatisfy(d -> assertThat(d.message()).matches(".*[\\u4e00-\\u9fa5].*"));
        assertThat(errors).extracting(ErrorDetail::path).doesNotHaveDuplicates();
        assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);
    }

    @Test
    void aClosedCampaignTakesNoSubmissionUntilReopened() {
        TestUnit unit = newUnit();
        long campaign = open(2020, unit);
        long id = draft(unit, 2020);
        changes.close(actor("admin"), campaign);
        refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null), Refusal.CONFLICT, "CAMPAIGN_CLOSED");
        assertThat(workbench.of(actor(unit.submitter())).todos()).anySatisfy(t -> assertThat(t.campaignState()).isEqualTo("已关闭"));
        refused(() -> changes.addUnits(actor("admin"), campaign, List.of(newUnit().id())), Refusal.CONFLICT, "CAMPAIGN_CLOSED");
        refused(() -> changes.close(actor(unit.submitter()), campaign), Refusal.FORBIDDEN, "NOT_BUREAU_MANAGER");
        assertThat(campaigns.campaign(actor("admin"), campaign).statusLabel()).isEqualTo("已关闭");

        changes.reopen(actor("admin"), campaign);
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        assertStatusAndTaskAgree(id, EvaluationStatus.INTERNAL_REVIEW);
    }

    @Test
    void anEvaluationImportedBeforeItsCampaignOpenedJoinsItAndIsNotMadeTwice() {
        TestUnit early = newUnit();
        long imported = draft(early, 2016);
        long campaign = open(2016, early);
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id = ? and evaluation_year = 2016",
                Long.class, early.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, imported))
                .isEqualTo(campaign);
        // a second campaign of the same year leaves it in the first
        open(2016, early);
        assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, imported))
                .isEqualTo(campaign);
    }

    @Test
    void aUnitWhoseCampaignHasNoDraftStartsOne() {
        TestUnit unit = newUnit();
        long campaign = open(2022, newUnit());
        // a campaign from before drafts came with campaigns: the unit is in it, its draft is not
        jdbc.update("insert into campaign_unit (campaign_id, unit_id, overdue) values (?, ?, false)", campaign, unit.id());
        List<Workbench.ToStart> toStart = workbench.of(actor(unit.submitter())).toStart();
        assertThat(toStart).singleElement().satisfies(t -> assertThat(t.campaignId()).isEqualTo(campaign));
        var created = editing.createDraft(actor(unit.submitter()), campaign);
        assertThat(created.year()).isEqualTo(2022);
        assertThat(workbench.of(actor(unit.submitter())).toStart()).isEmpty();
        refused(() -> editing.createDraft(actor(unit.submitter()), campaign), Refusal.CONFLICT, "EVALUATION_EXISTS");
    }

    private long open(int year, TestUnit... units) {
        return campaigns.open(actor("admin"), new CampaignService.OpenCampaign(year, year + "年度测试评价任务", "yuhua-2020",
                LocalDateTime.now().plusDays(20), 3, java.util.Arrays.stream(units).map(TestUnit::id).toList())).id();
    }

    private long id(TestUnit unit, int year) {
        return jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = ?", Long.class,
                unit.id(), year);
    }

    private Evaluation content(TestUnit unit, int year) {
        return repository.find(id(unit, year)).orElseThrow().content();
    }

    @SuppressWarnings("unused")
    private static Map<String, BigDecimal> none() {
        return Map.of();
    }
}
