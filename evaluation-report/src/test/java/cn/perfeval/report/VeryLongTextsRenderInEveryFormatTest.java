package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.BasicDataView;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.ReviewOutcome;
import cn.perfeval.report.model.ScoreSheetView;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.Outputs;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A valid evaluation whose texts run far beyond what anyone should type: a report section of 100,000 characters in
 * one paragraph, 厉行节约保障措施 of 100,000, a review opinion of 70,000 and a scoring standard of 40,000 (Excel holds
 * 32,767 in a cell). Every format renders it, whole, in sane time; the times go to
 * {@code target/benchmarks/long-text.txt}.
 */
class VeryLongTextsRenderInEveryFormatTest {

    static final Map<String, Long> MILLIS = new ConcurrentSkipListMap<>();
    static EvaluationReportModel model;
    static String section;
    static String austerity;
    static String opinion;
    static String standard;

    @BeforeAll
    static void model() {
        section = numbered("S", 100_000);
        austerity = numbered("A", 100_000);
        opinion = numbered("O", 70_000);
        standard = numbered("T", 40_000);
        EvaluationReportModel seed = SeedModels.seed();
        BasicDataView b = seed.basicData();
        List<IndicatorArea> areas = new ArrayList<>(seed.scoreSheet().areas());
        IndicatorArea first = areas.get(0);
        IndicatorGroup g = first.groups().get(0);
        List<IndicatorRow> rows = new ArrayList<>(g.indicators());
        IndicatorRow r = rows.get(0);
        rows.set(0, new IndicatorRow(r.code(), r.name(), r.weight(), r.scoringPoints(), standard, r.selfScore(), null,
                r.selfScore()));
        List<IndicatorGroup> groups = new ArrayList<>(first.groups());
        groups.set(0, new IndicatorGroup(g.code(), g.name(), g.weight(), rows));
        areas.set(0, new IndicatorArea(first.code(), first.name(), first.weight(), groups));
        List<ReportSection> sections = new ArrayList<>(seed.report().sections());
        ReportSection s0 = sections.get(0);
        sections.set(0, new ReportSection(s0.key(), s0.title(), section));
        model = new EvaluationReportModel(seed.unitName(), seed.unitShortName(), seed.year(), null,
                new BasicDataView(b.staffing(), b.expenseRows(), b.buildingProjects(), austerity, b.amountUnit()),
                new ScoreSheetView(areas, null, seed.scoreSheet().selfGrade(), new ReviewOutcome(null, "良", opinion)),
                new SelfReportView(seed.report().title(), sections, seed.report().figures()));
    }

    @AfterAll
    static void writeTimes() throws Exception {
        StringBuilder out = new StringBuilder("# evaluation-report: one render of the seed with very long texts (section 100,000,"
                + " 厉行节约保障措施 100,000, 评审意见 70,000, 评分标准 40,000 characters), fresh renderer, first in this JVM fork\n");
        MILLIS.forEach((f, ms) -> out.append(String.format("%-14s %8d ms%n", f, ms)));
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(dir.resolve("long-text.txt"), out.toString());
    }

    @Test
    void html() {
        String html = timed("HTML", () -> new HtmlReportRenderer().renderDocument(model));
        String text = Jsoup.parse(html).text().replaceAll("\\s+", "");
        assertWhole(text, section, austerity, opinion, standard);
    }

    @Test
    void word() {
        byte[] docx = timed("Word (.docx)", () -> new DocxReportRenderer().render(model));
        Outputs.WordContent w = Outputs.word(docx);
        assertThat(w.paragraphs()).contains(section);
        assertThat(w.cells()).contains(austerity, opinion, standard);
    }

    @Test
    void excelSplitsFreeTextsOverContinuationRowsAndCutsOthersWithANote() {
        Map<String, List<String>> sheets = Outputs.excel(timed("Excel (.xlsx)", () -> new XlsxReportRenderer().render(model)));
        List<String> a1 = sheets.get(XlsxReportRenderer.SHEET_1);
        List<String> a2 = sheets.get(XlsxReportRenderer.SHEET_2);
        assertThat(a1).contains("厉行节约保障措施", "厉行节约保障措施（续）");
        assertThat(String.join("", a1.stream().filter(c -> !c.endsWith("（续）")).toList())).contains(austerity);
        assertThat(a2).contains("评审意见", "评审意见（续）");
        assertThat(String.join("", a2.stream().filter(c -> !c.endsWith("（续）")).toList())).contains(opinion);
        String cut = a2.stream().filter(c -> c.startsWith(standard.substring(0, 100))).findFirst().orElseThrow();
        assertThat(cut).hasSizeLessThanOrEqualTo(32_767).endsWith("……（内容过长，全文见Word/PDF版）")
                .startsWith(standard.substring(0, 32_000));
        assertThat(a1.stream().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(32_767);
    }

    @Test
    void pdf() {
        byte[] pdf = timed("PDF", () -> new PdfReportRenderer().render(model));
        String text = String.join("", Outputs.pdfPages(pdf)).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
        assertWhole(text, section, austerity, opinion, standard);
    }

    /** Every numbered sentence of each text is there, in order. */
    private static void assertWhole(String flat, String... texts) {
        for (String t : texts) {
            int at = -1;
            for (String sentence : t.split("(?<=。)")) {
                String mark = sentence.substring(0, sentence.indexOf('〕') + 1);
                at = flat.indexOf(mark, at + 1);
                assertThat(at).as("%s in order", mark).isNotNegative();
            }
        }
    }

    /** Sentences "〔S00001〕…。" up to {@code length} characters, with no line break. */
    private static String numbered(String prefix, int length) {
        StringBuilder b = new StringBuilder(length + 40);
        for (int i = 1; b.length() < length; i++) {
            b.append(String.format("〔%s%05d〕街道持续推进预算绩效管理，细化量化绩效目标。", prefix, i));
        }
        return b.toString();
    }

    private static <T> T timed(String format, Supplier<T> render) {
        long start = System.nanoTime();
        T out = render.get();
        MILLIS.put(format, (System.nanoTime() - start) / 1_000_000);
        return out;
    }
}
