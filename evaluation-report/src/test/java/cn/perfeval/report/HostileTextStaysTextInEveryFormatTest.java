package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.BasicDataView;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.Outputs;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A narrative holding markup, ampersands, quotes, control characters and emoji is printed literally everywhere. */
class HostileTextStaysTextInEveryFormatTest {

    static final String HOSTILE = "注意<script>alert(\"x\")</script> & 'single' \"double\" A&amp;B ]]> <w:p/>"
            + "\u0001\u0007\u000B\u001F\uFFFE\uD800 bell-removed 😀👍🏽 完";
    static final String VISIBLE = "注意<script>alert(\"x\")</script> & 'single' \"double\" A&amp;B ]]> <w:p/>"
            + " bell-removed 😀👍🏽 完";

    static EvaluationReportModel model() {
        EvaluationReportModel m = FixtureModels.gaoqiao(t -> t.isEmpty() ? HOSTILE : HOSTILE + "\n" + t, null, Map.of());
        BasicDataView b = m.basicData();
        return new EvaluationReportModel(m.unitName(), m.unitShortName(), m.year(), m.title(),
                new BasicDataView(b.staffing(), b.expenseRows(), b.buildingProjects(), HOSTILE, b.amountUnit()),
                m.scoreSheet(), m.report());
    }

    @Test
    void html() {
        String html = new HtmlReportRenderer().renderDocument(model());
        assertThat(html).doesNotContain("<script>", "\u0001", "\u0007").contains("&lt;script&gt;", "😀👍🏽");
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("#attachment-3 p").eachText()).contains(VISIBLE);
        assertThat(d.select("table.pe-basic td").eachText()).contains(VISIBLE);
        String fragment = new HtmlReportRenderer().renderFragment(model());
        assertThat(Jsoup.parseBodyFragment(fragment).select("script")).isEmpty();
    }

    @Test
    void printHtmlIsWellFormedXml() {
        Outputs.parseXml(new HtmlReportRenderer().renderForPrint(model(), cn.perfeval.report.html.PrintFonts.all("'X'")));
    }

    @Test
    void word() {
        byte[] docx = new DocxReportRenderer().render(model());
        String xml = Outputs.zipEntry(docx, "word/document.xml");
        Outputs.parseXml(xml);
        assertThat(xml).doesNotContain("<script>", "\u0001").contains("&lt;script&gt;", "😀");
        Outputs.WordContent w = Outputs.word(docx);
        assertThat(w.paragraphs()).contains(VISIBLE);
        assertThat(w.cells()).contains(VISIBLE);
    }

    @Test
    void excel() {
        List<String> a1 = Outputs.excel(new XlsxReportRenderer().render(model())).get("附件1 基础数据表");
        assertThat(a1).contains(VISIBLE);
    }

    @Test
    void pdf() {
        String text = String.join("\n", Outputs.pdfPages(new PdfReportRenderer().render(model())));
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("注意<script>alert(\"x\")</script>&'single'\"double\"A&amp;B]]><w:p/>");
        assertThat(flat).contains("完").contains("部门整体支出绩效自评报告".substring(0, 4));
    }
}
