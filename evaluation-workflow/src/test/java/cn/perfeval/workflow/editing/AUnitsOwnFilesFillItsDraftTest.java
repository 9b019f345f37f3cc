package cn.perfeval.workflow.editing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.report.xlsx.WorkbookForm;
import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.ReportSource;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit starts from a blank draft, fills 附件1 and its self-scores in the downloaded workbook, writes 附件3 in Word,
 * and submits; a workbook with a bad cell, or a file that is no Word document, changes nothing.
 */
class AUnitsOwnFilesFillItsDraftTest extends UseCaseTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    AttachmentFiles files;
    @Autowired
    EvaluationRepository repository;

    @Test
    void fromABlankDraftThroughItsOwnFilesToASubmission() {
        TestUnit unit = newUnit();
        campaigns.open(actor("admin"), new CampaignService.OpenCampaign(2021, null, "yuhua-2020",
                LocalDateTime.now().plusDays(20), 3, List.of(unit.id())));
        long id = jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2021", Long.class, unit.id());
        byte[] form = form(unit, id);

        int before = version(id);
        byte[] bad = Workbooks.withText(Workbooks.filledWithSeed(form), "三公经费", 3, "约5万");
        UseCaseException refused = refused(() -> files.applyWorkbook(actor(unit.submitter()), id, bad, before),
                Refusal.INVALID, "INVALID_WORKBOOK");
        assertThat(refused.details()).extracting(ErrorDetail::path).containsExactly("附件1!D" + Workbooks.excelRow(form, "三公经费"));
        assertThat(refused.details().get(0).message()).contains("附件1“三公经费”本年预算数应为数字");
        assertThat(version(id)).isEqualTo(before);

        AttachmentFiles.Applied applied = files.applyWorkbook(actor(unit.submitter()), id, Workbooks.filledWithSeed(form), before);
        assertThat(version(id)).isEqualTo(before + 1);
        assertThat(applied.changes()).anySatisfy(c -> assertThat(c.label()).contains("三公经费"));
        Evaluation filled = repository.find(id).orElseThrow().content();
        Evaluation seed = Workbooks.seed();
        for (ExpenseRow row : ExpenseRow.values()) {
            for (Column c : Column.values()) {
                assertThat(filled.basicData().cell(row, c)).as(row + " " + c).isEqualTo(seed.basicData().cell(row, c));
            }
        }
        assertThat(filled.scoreSheet().selfScores()).isEqualTo(seed.scoreSheet().selfScores());

        byte[] docx = Workbooks.seedReportDocx("测试");
        AttachmentFiles.ReportDocument preview = files.importReportDocument(actor(unit.submitter()), id, docx, version(id), false);
        assertThat(preview.sections()).hasSize(7);
        assertThat(preview.evaluation()).isNull();
        assertThat(version(id)).isEqualTo(before + 1);
        files.importReportDocument(actor(unit.submitter()), id, docx, version(id), true);
        assertThat(repository.find(id).orElseThrow().content().report().section("problems").orElseThrow().text())
                .isNotBlank();
        refused(() -> files.importReportDocument(actor(unit.submitter()), id, "不是Word".getBytes(), version(id), true),
                Refusal.INVALID, "INVALID_DOCUMENT_FILE");

        var findings = repository.find(id).orElseThrow().findings();
        // the seed's own text says 44 where 附件1 says 43: found from the text, a warning to confirm
        assertThat(findings).noneSatisfy(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("STAFF_HEADCOUNT_MISMATCH");
            assertThat(f.message()).contains("44人", "43人");
        });
        submission.submit(actor(unit.submitter()), id,
                findings.stream().map(f -> f.code()).collect(java.util.stream.Collectors.toSet()), version(id));
        assertStatusAndTaskAgree(id, EvaluationStatus.INTERNAL_REVIEW);
    }

    private byte[] form(TestUnit unit, long id) {
        ReportSource source = reading.reportSource(actor(unit.submitter()), id);
        Evaluation e = source.evaluation();
        return new WorkbookForm().render(new ReportModelAssembler().assemble(e, source.template(), source.score()),
                new WorkbookMarker(e.templateCode(), id, e.year(), e.unit().name()), Map.of());
    }
}
