package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.Outputs;
import cn.perfeval.report.support.SeedFigures;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed fixture rendered to every format and read back: every figure is there, the sections in order. */
class SeedRendersEveryFigureInEveryFormatTest {

    static EvaluationReportModel model;

    @BeforeAll
    static void model() {
        model = SeedModels.seed();
    }

    private static List<String> allFigures() {
        List<String> all = new ArrayList<>(SeedFigures.attachment1());
        SeedFigures.attachment2().values().forEach(v -> all.addAll(Arrays.asList(v)));
        all.addAll(SeedFigures.totals());
        all.addAll(SeedFigures.report());
        return all;
    }

    @Test
    void html() {
        Document d = Jsoup.parse(new HtmlReportRenderer().renderDocument(model));
        List<String> cells = d.select("td, th").eachText();
        assertThat(cells).containsAll(allFigures());

        Element staffRow = d.select("table.pe-basic tr").get(1);
        assertThat(texts(staffRow.select("td"))).containsExactly("", "52", "43", "82.69%");
        assertThat(texts(d.select("tr[data-key=threePublicExpenses] td"))).containsExactly("三公经费", "5.7", "6.94", "4.6");
        assertThat(texts(d.select("tr[data-key=governmentProcurement] td"))).containsExactly("政府采购金额", "——", "", "");
        assertThat(texts(d.select("tr[data-key=budgetAdjustment] td"))).containsExactly("部门整体支出预算调整", "——", "3352.56", "7270.51");
        assertThat(texts(d.select("tr[data-key=overseasTravel] td"))).containsExactly("2、出国经费", "", "", "");

        for (Map.Entry<String, String[]> e : SeedFigures.attachment2().entrySet()) {
            List<String> row = texts(d.select("tr[data-code=" + e.getKey() + "] td"));
            int n = row.size();
            assertThat(row.get(n - 4)).as("weight of %s", e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(row.get(n - 1)).as("self-score of %s", e.getKey()).isEqualTo(e.getValue()[1]);
        }
        assertThat(d.select("tr[data-area] td:last-child").eachText()).containsExactly("9", "33.2", "23", "21");
        assertThat(d.getElementById("self-total").text()).isEqualTo("86.2");
        assertThat(d.getElementById("self-grade").text()).isEqualTo("良");
        assertThat(d.select("#attachment-3 h2").eachText()).containsExactlyElementsOf(SeedFigures.HEADINGS);
        assertThat(d.select("#attachment-3-cover").text()).contains("单位名称（盖章）：").doesNotContain("此页为封面");
        assertThat(d.select("section.pe-att").eachAttr("id"))
                .containsExactly("attachment-1", "attachment-2", "attachment-3-cover", "attachment-3");
    }

    @Test
    void htmlFragmentIsEmbeddable() {
        String fragment = new HtmlReportRenderer().renderFragment(model);
        assertThat(fragment).doesNotContain("<html", "<body", "<!DOCTYPE");
        Document d = Jsoup.parseBodyFragment(fragment);
        assertThat(d.select("div.pe-report section.pe-att")).hasSize(4);
        assertThat(d.select("td").eachText()).containsAll(allFigures());
    }

    @Test
    void word() {
        Outputs.WordContent w = Outputs.word(new DocxReportRenderer().render(model));
        assertThat(w.cells()).containsAll(allFigures());
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < w.paragraphs().size(); i++) {
            if ("Heading1".equals(w.paragraphStyles().get(i))) {
                headings.add(w.paragraphs().get(i));
            }
        }
        assertThat(headings).containsExactlyElementsOf(SeedFigures.HEADINGS);
        assertThat(w.paragraphs()).contains("附件1", "附件2", "附件3", "单位名称（盖章）：长沙市雨花区高桥街道办事处")
                .doesNotContain("（此页为封面）");
    }

    @Test
    void wordPartsAreWellFormedAndTheFooterHasAPageField() {
        byte[] docx = new DocxReportRenderer().render(model);
        assertThat(Outputs.zipEntryNames(docx)).contains("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "docProps/core.xml",
                "docProps/app.xml");
        for (String part : List.of("word/document.xml", "word/styles.xml", "word/footer1.xml", "docProps/core.xml", "[Content_Types].xml")) {
            Outputs.parseXml(Outputs.zipEntry(docx, part));
        }
        assertThat(Outputs.zipEntry(docx, "word/footer1.xml")).contains(" PAGE ", "— ", " —");
        String doc = Outputs.zipEntry(docx, "word/document.xml");
        assertThat(doc).contains("w:orient=\"landscape\"", "w:top=\"2098\"", "w:left=\"1588\"");
        // four sections, and the three with a page number restart it at 1 (the cover shows none)
        assertThat(doc.split("<w:sectPr>", -1)).hasSize(5);
        assertThat(doc.split("<w:pgNumType w:start=\"1\"/>", -1)).hasSize(5);
        assertThat(Outputs.zipEntry(docx, "word/styles.xml")).contains("仿宋_GB2312", "黑体", "楷体_GB2312", "w:line=\"560\" w:lineRule=\"exact\"", "w:val=\"32\"", "w:val=\"44\"");
    }

    @Test
    void excel() {
        Map<String, List<String>> sheets = Outputs.excel(new XlsxReportRenderer().render(model));
        assertThat(sheets.keySet()).containsExactly("附件1 基础数据表", "附件2 自评表");
        assertThat(sheets.get("附件1 基础数据表")).containsAll(SeedFigures.attachment1())
                .contains("部门整体支出绩效自评基础数据表", "填报单位：长沙市雨花区高桥街道办事处", "——");
        List<String> a2 = sheets.get("附件2 自评表");
        SeedFigures.attachment2().values().forEach(v -> assertThat(a2).contains(v));
        assertThat(a2).containsAll(SeedFigures.totals()).contains("合计", "自评等级", "100");
    }

    @Test
    void pdf() {
        List<String> pages = Outputs.pdfPages(new PdfReportRenderer().render(model));
        String text = String.join("\n", pages);
        assertThat(text).doesNotContain("#");
        assertThat(text).contains("部门整体支出绩效自评基础数据表", "部门整体支出绩效自评表", "单位名称（盖章）：", "长沙市雨花区高桥街道办事处");
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        assertThat(han).isGreaterThan(5000);
        assertThat(text).contains("①", "≦");

        List<String> tokens = Arrays.asList(text.split("\\s+"));
        List<String> numeric = allFigures().stream().filter(f -> f.matches("[0-9.%]+|——")).toList();
        assertThat(tokens).containsAll(numeric);
        String flat = text.replaceAll("\\s+", "");
        allFigures().stream().filter(f -> !f.matches("[0-9.%]+")).forEach(f -> assertThat(flat).contains(f));

        int last = -1;
        for (String h : SeedFigures.HEADINGS) {
            int at = flat.indexOf(h, last + 1);
            assertThat(at).as("heading %s after the previous one", h).isGreaterThan(last);
            last = at;
        }
        // each attachment starts its own page; the cover has no page number
        assertThat(body(pages.get(0))).startsWith("附件1");
        int a2 = indexOfPageStartingWith(pages, "附件2");
        int a3 = indexOfPageStartingWith(pages, "附件3");
        assertThat(a2).isPositive();
        assertThat(a3).isGreaterThan(a2);
        assertThat(pages.get(a3)).doesNotContain("—");
        assertThat(body(pages.get(a3 + 1)).replaceAll("\\s+", "")).startsWith("2020年度高桥街道办事处整体支出预算绩效自评报告");
        // each attachment is its own document: its pages count from 1
        assertThat(pages.get(0)).contains("— 1 —");
        assertThat(pages.get(a2)).contains("— 1 —");
        assertThat(pages.get(a2 + 1)).contains("— 2 —");
        assertThat(pages.get(a3 + 1)).contains("— 1 —");
    }

    private static List<String> texts(org.jsoup.select.Elements cells) {
        return cells.stream().map(Element::text).toList();
    }

    /** The page's text without its page number line. */
    private static String body(String page) {
        return page.replaceAll("(?m)^— \\d+ —\\s*$", "").strip();
    }

    private static int indexOfPageStartingWith(List<String> pages, String s) {
        for (int i = 0; i < pages.size(); i++) {
            if (body(pages.get(i)).startsWith(s)) {
                return i;
            }
        }
        return -1;
    }
}
