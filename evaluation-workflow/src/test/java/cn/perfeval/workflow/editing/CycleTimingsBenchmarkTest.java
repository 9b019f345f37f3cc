package cn.perfeval.workflow.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.report.xlsx.WorkbookForm;
import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.evaluation.ReportSource;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly cycle's figures on this machine: opening a campaign for 200 units (each gets its draft and its process in
 * that one transaction), applying a filled workbook, importing a Word 附件3. Written to target/benchmarks/cycle.txt.
 */
class CycleTimingsBenchmarkTest extends UseCaseTest {

    private static final int UNITS = 200;

    @Autowired
    CampaignService campaigns;
    @Autowired
    AttachmentFiles files;

    @Test
    void openingACampaignFor200UnitsAndTakingBackTheirFiles() throws IOException {
        List<TestUnit> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(newUnit());
        }
        long start = System.nanoTime();
        campaigns.open(actor("admin"), new CampaignService.OpenCampaign(2023, null, "yuhua-2020", LocalDateTime.now().plusDays(30),
                3, units.stream().map(TestUnit::id).toList()));
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(jdbc.queryForObject("select count(*) from evaluation where evaluation_year = 2023 and unit_id in ("
                + String.join(",", units.stream().map(u -> String.valueOf(u.id())).toList()) + ")", Integer.class)).isEqualTo(UNITS);

        TestUnit unit = units.get(0);
        long id = jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2023", Long.class, unit.id());
        ReportSource source = reading.reportSource(actor(unit.submitter()), id);
        Evaluation e = source.evaluation();
        byte[] form = new WorkbookForm().render(new ReportModelAssembler().assemble(e, source.template(), source.score()),
                new WorkbookMarker(e.templateCode(), id, e.year(), e.unit().name()), Map.of());
        byte[] filled = Workbooks.filledWithSeed(form);
        byte[] docx = Workbooks.seedReportDocx("测试");
        long[] workbook = new long[5];
        long[] word = new long[5];
        for (int i = 0; i < 5; i++) {
            start = System.nanoTime();
            files.applyWorkbook(actor(unit.submitter()), id, filled, version(id));
            workbook[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            files.importReportDocument(actor(unit.submitter()), id, docx, version(id), true);
            word[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(workbook);
        java.util.Arrays.sort(word);
        Path out = Path.of("target", "benchmarks", "cycle.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format("""
                open a campaign for %d units (drafts, processes, notices; one transaction): %d ms (%.1f ms per unit)
                apply a filled workbook (%d bytes), median of 5: %d ms
                import a Word 附件3 (%d bytes, 7 sections), median of 5: %d ms
                database: %s
                """, UNITS, openMillis, openMillis / (double) UNITS, filled.length, workbook[2], docx.length, word[2],
                jdbc.queryForObject("select 1", Integer.class) == 1 ? System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "h2") : "?"));
        System.out.println(Files.readString(out));
    }
}
