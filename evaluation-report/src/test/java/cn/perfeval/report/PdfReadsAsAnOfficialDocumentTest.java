package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.ScoreSheetView;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.PdfGlyphs;
import cn.perfeval.report.support.PdfGlyphs.Glyph;
import cn.perfeval.report.support.PdfGlyphs.Page;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's PDF read back with PDFBox: set in the shipped fonts by role as GB/T 9704 asks, 附件2 landscape and
 * centred, no indicator row cut by a page end, headings with what follows, and page numbers and page labels that
 * start again with each attachment.
 */
class PdfReadsAsAnOfficialDocumentTest {

    static final String SERIF = "BousungEG-Light-GB";   // AR PL SungtiL GB
    static final String HEI = "WenQuanYiMicroHei";
    static final String KAI = "GBZenKai-Medium";        // AR PL KaitiM GB

    static EvaluationReportModel model;
    static byte[] pdf;
    static List<Page> pages;
    static int a2;
    static int cover;

    @BeforeAll
    static void render() {
        model = SeedModels.seed();
        pdf = new PdfReportRenderer().render(model);
        pages = PdfGlyphs.read(pdf);
        a2 = PdfGlyphs.pageOf(pages, "附件2部门整体支出绩效自评表");
        cover = PdfGlyphs.pageOf(pages, "单位名称（盖章）");
        assertThat(a2).isPositive();
        assertThat(cover).isGreaterThan(a2 + 1);
    }

    @Test
    void eachRoleIsSetInItsFont() {
        assertThat(PdfGlyphs.fontsOf(pages, "部门整体支出绩效自评基础数据表")).as("title").containsExactly(SERIF);
        assertThat(PdfGlyphs.fontsOf(pages, model.report().title())).as("title of 附件3").containsExactly(SERIF);
        ReportSection first = model.report().sections().get(0);
        assertThat(PdfGlyphs.fontsOf(pages, first.heading())).as("一级标题 %s", first.heading()).containsExactly(HEI);
        String sub = first.paragraphs().stream().filter(ReportSection::isSubheading).findFirst().orElseThrow();
        assertThat(PdfGlyphs.fontsOf(pages, sub)).as("二级标题 %s", sub).containsExactly(KAI);
        String body = first.paragraphs().stream().filter(p -> p.length() > 40).findFirst().orElseThrow().substring(0, 20);
        assertThat(PdfGlyphs.fontsOf(pages, body)).as("正文 %s", body).containsExactly(SERIF);
        assertThat(PdfGlyphs.fontsOf(pages, "附件1")).as("附件标识").containsExactly(HEI);
        assertThat(PdfGlyphs.fontsOf(pages, "一级指标二级指标三级指标")).as("表头").containsExactly(HEI);
        assertThat(PdfGlyphs.fontsOf(pages, "—1—")).as("页码").containsExactly(SERIF);
    }

    @Test
    void attachment2IsLandscapeAndTheOthersPortrait() {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).landscape()).as("page %d landscape", i + 1).isEqualTo(i >= a2 && i < cover);
        }
    }

    @Test
    void attachment2TitleIsCentredOnItsLandscapePage() {
        List<Glyph> title = pages.get(a2).find("部门整体支出绩效自评表");
        float left = title.get(0).x();
        Glyph last = title.get(title.size() - 1);
        float centre = (left + last.x() + last.width()) / 2;
        // the text area is 30 mm in from each side, so its centre is the page's
        assertThat(centre).isCloseTo(pages.get(a2).width() / 2, within(3f));
    }

    @Test
    void everyAttachment2PageRepeatsTheTableHeader() {
        for (int i = a2; i < cover; i++) {
            assertThat(pages.get(i).text()).as("page %d", i + 1).contains("一级指标二级指标三级指标分值评分要点评分标准自评得分");
        }
    }

    @Test
    void noIndicatorRowIsCutByAPageEnd() {
        for (IndicatorRow r : model.scoreSheet().indicators()) {
            // a row's cells are drawn one after the other: the whole row, name to score, is on one page
            String row = r.name() + r.weightText() + r.scoringPoints() + r.scoringStandard() + r.selfScoreText();
            int page = PdfGlyphs.pageOf(pages, row);
            assertThat(page).as("indicator %s %s whole on one page", r.code(), r.name()).isBetween(a2, cover - 1);
        }
    }

    @Test
    void headingsStayWithTheirFirstParagraph() {
        for (ReportSection s : model.report().sections()) {
            if (s.paragraphs().isEmpty()) {
                continue;
            }
            String first = s.paragraphs().get(0);
            String opening = first.substring(0, Math.min(8, first.length()));
            int page = PdfGlyphs.pageOf(pages, s.heading());
            assertThat(page).as("heading %s", s.heading()).isGreaterThan(cover);
            assertThat(pages.get(page).text()).as("%s and the start of its first paragraph on one page", s.heading())
                    .contains((s.heading() + opening).replaceAll("\\s+", ""));
        }
    }

    @Test
    void aHeadingNearThePageEndMovesOnWithItsParagraph() {
        PdfReportRenderer renderer = new PdfReportRenderer();
        // a line holds about 27 characters of 三号: one of these fillers leaves the heading on a page's last line
        for (int lines = 14; lines <= 37; lines++) {
            EvaluationReportModel m = withReport(new SelfReportView(model.report().title(), List.of(
                    new ReportSection("a", "单位基本情况", "概".repeat(lines * 27 - 2)),
                    new ReportSection("b", "存在的问题", "问题正文第一句。".repeat(6))), null));
            List<Page> p = PdfGlyphs.read(renderer.render(m));
            int at = PdfGlyphs.pageOf(p, "二、存在的问题");
            assertThat(p.get(at).text()).as("with %d lines before it", lines).contains("二、存在的问题问题正文第一句");
        }
    }

    /** The seed's 附件1, a one-row 附件2 (fewer pages to lay out), and this report. */
    static EvaluationReportModel withReport(SelfReportView report) {
        IndicatorRow row = model.scoreSheet().indicators().get(0);
        ScoreSheetView sheet = new ScoreSheetView(List.of(new IndicatorArea("1", "投入", row.weight(),
                List.of(new IndicatorGroup("1.1", "目标设定", row.weight(), List.of(row))))), null, "良", null);
        return new EvaluationReportModel(model.unitName(), model.unitShortName(), model.year(), null, model.basicData(),
                sheet, report);
    }

    @Test
    void pageNumbersAndLabelsStartAgainWithEachAttachment() throws IOException {
        assertThat(pages.get(0).text()).startsWith("—1—附件1");
        assertThat(pages.get(a2).text()).startsWith("—1—附件2");
        assertThat(pages.get(a2 + 1).text()).startsWith("—2—");
        assertThat(pages.get(cover).text()).doesNotContain("—").startsWith("附件3");
        assertThat(pages.get(cover + 1).text()).startsWith("—1—" + model.report().title());
        assertThat(pages.get(pages.size() - 1).text()).startsWith("—" + (pages.size() - cover - 1) + "—");

        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> labels = Arrays.asList(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            assertThat(labels).hasSize(pages.size());
            assertThat(labels.subList(0, a2 + 2)).containsExactly(expected(a2 + 2, a2));
            assertThat(labels.get(cover)).isEqualTo("附件3 封面");
            assertThat(labels.get(cover - 1)).isEqualTo("附件2-" + (cover - a2));
            assertThat(labels.get(cover + 1)).isEqualTo("附件3-1");
            assertThat(labels.get(pages.size() - 1)).isEqualTo("附件3-" + (pages.size() - cover - 1));
        }
    }

    @Test
    void onlyTheShippedFontsAreEmbedded() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            Set<String> fonts = new java.util.TreeSet<>();
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String n = page.getResources().getFont(name).getName();
                    fonts.add(n.substring(n.indexOf('+') + 1));
                    assertThat(page.getResources().getFont(name).isEmbedded()).as(n).isTrue();
                }
            }
            assertThat(fonts).contains(SERIF, HEI, KAI).isSubsetOf(SERIF, HEI, KAI, "DroidSansFallback", "DejaVuSans");
        }
    }

    private static String[] expected(int n, int a2) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < a2 ? "附件1-" + (i + 1) : "附件2-" + (i - a2 + 1);
        }
        return out;
    }
}
