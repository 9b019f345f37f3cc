package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.ScoreSheetView;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.support.OfficeTools;
import cn.perfeval.report.support.Outputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the .docx and converts it to PDF ({@code soffice --headless --convert-to pdf}); the page count
 * and the page starts are what the sections make them. Without {@code soffice} on the PATH the tests fail when
 * {@code EVAL_REQUIRE_SOFFICE=true} (CI, which installs it with .ci/report-office-check.sh) and are skipped, each
 * one reported as skipped, otherwise.
 */
class DocxOfficeConversionTest {

    @TempDir
    static Path dir;

    static String soffice;

    @BeforeAll
    static void findSoffice() {
        soffice = OfficeTools.find("soffice");
    }

    @BeforeEach
    void requireSoffice() {
        // per test, not in @BeforeAll: an aborted @BeforeAll shows as "Tests run: 0", which reads as nothing to run
        OfficeTools.require(soffice, "soffice", "libreoffice-writer-nogui");
    }

    /** A short evaluation: each of the four sections fits one page, so LibreOffice must print exactly four. */
    @Test
    void shortEvaluationGivesOnePagePerSection() throws Exception {
        EvaluationReportModel seed = FixtureModels.gaoqiao();
        IndicatorRow row = new IndicatorRow("1.1.1", "绩效目标合理性", new BigDecimal("100"), "①是否符合规划；", "①符合，计100分。",
                new BigDecimal("95"), null, null);
        ScoreSheetView sheet = new ScoreSheetView(List.of(new IndicatorArea("1", "投入", new BigDecimal("100"),
                List.of(new IndicatorGroup("1.1", "目标设定", new BigDecimal("100"), List.of(row))))), null, "优", null);
        SelfReportView report = new SelfReportView(seed.report().title(), List.of(new ReportSection("problems", "存在的问题", "无。"),
                new ReportSection("other", "其他需要说明的情况", "")), null);
        EvaluationReportModel m = new EvaluationReportModel(seed.unitName(), seed.unitShortName(), 2020, null,
                seed.basicData(), sheet, report);

        List<String> pages = convert(m, "short");

        assertThat(pages).hasSize(4);
        // each attachment counts its pages from 1; the cover shows no number
        assertThat(pages.get(0)).contains("附件1", "部门整体支出绩效自评基础数据表", "—1—");
        assertThat(pages.get(1)).contains("附件2", "自评等级", "优", "—1—");
        assertThat(pages.get(2)).contains("附件3", "单位名称（盖章）：").doesNotContain("—");
        assertThat(pages.get(3)).contains("一、存在的问题", "其他需要说明的情况", "—1—");
    }

    /** The seed: converts, each attachment starts a page, the page numbers restart with each attachment. */
    @Test
    void seedConverts() throws Exception {
        List<String> pages = convert(FixtureModels.gaoqiao(), "seed");

        assertThat(pages.size()).isBetween(10, 30);
        assertThat(pages.get(0)).contains("附件1");
        int a2 = indexOf(pages, "附件2");
        int cover = indexOf(pages, "单位名称（盖章）：");
        assertThat(a2).isPositive();
        assertThat(cover).isGreaterThan(a2);
        assertThat(pages.get(cover)).contains("附件3");
        assertThat(pages.get(cover + 1)).contains("一、单位基本情况");
        assertThat(pages.get(a2)).contains("—1—");
        assertThat(pages.get(a2 + 1)).contains("—2—");
        assertThat(pages.get(cover + 1)).contains("—1—");
        assertThat(pages.get(pages.size() - 1)).contains("—" + (pages.size() - cover - 1) + "—");
        assertThat(String.join("", pages)).contains("86.2", "7270.51", "13.07%", "其他需要说明的情况");
    }

    private static List<String> convert(EvaluationReportModel m, String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve(name));
        Path docx = out.resolve(name + ".docx");
        Files.write(docx, new DocxReportRenderer().render(m));
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice exit code; log: %s", Files.readString(out.resolve("soffice.log"))).isZero();
        Path pdf = out.resolve(name + ".pdf");
        assertThat(pdf).exists();
        // LibreOffice puts spaces between Chinese and Latin text ("附件 1"); compare without whitespace
        return Outputs.pdfPages(Files.readAllBytes(pdf)).stream().map(t -> t.replaceAll("\\s+", "")).toList();
    }

    private static int indexOf(List<String> pages, String s) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }
}
