package cn.perfeval.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.report.OutlineMatcher;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.model.ReportModelAssembler;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 附件3 comes back from Word: our own report.docx gives the same sections (round trip), and so does a .docx made from
 * the seed's report text as the unit wrote it; what is not a .docx is refused.
 */
class WordReportReadsBackIntoTheOutlineTest {

    private final IndicatorTemplate template = BuiltInTemplates.yuhua2020();

    @Test
    void ourOwnReportDocxGivesBackItsSections() throws IOException {
        Evaluation seed = new EvaluationDocumentCodec().read(text("/fixtures/gaoqiao-2020.json"),
                InMemoryTemplateRegistry.withBuiltIns()).orElseThrow();
        byte[] docx = new DocxReportRenderer().render(new ReportModelAssembler().assemble(seed, template,
                new ScoringEngine().score(seed, template)));

        cn.perfeval.domain.report.DocumentParagraphs reading = new DocxParagraphs().read(docx);
        assertThat(reading.problems()).isEmpty();
        OutlineMatcher.Result result = new OutlineMatcher().match(template.reportOutline(), reading.paragraphs());

        assertThat(result.unmatchedHeadings()).isEmpty();
        assertThat(result.sections()).extracting(OutlineMatcher.MatchedSection::key)
                .containsExactly("unitOverview", "budgetExecution", "performance", "problems", "improvements", "resultUse", "other");
        Map<String, String> back = result.sections().stream()
                .collect(Collectors.toMap(OutlineMatcher.MatchedSection::key, OutlineMatcher.MatchedSection::text));
        for (ReportSection s : seed.report().sections()) {
            assertThat(lines(back.get(s.key()))).as(s.title()).isEqualTo(lines(s.text()));
        }
        // tables (附件1, 附件2, 表1–表3) and their captions are not report text
        assertThat(String.join("\n", back.values())).doesNotContain("表1 人员情况", "财政供养人员情况");
    }

    @Test
    void aDocxWrittenFromTheSeedsReportTextGivesItsSections() throws IOException {
        List<String> lines = Arrays.asList(text("/fixtures/gaoqiao-2020-report.txt").split("\n"));
        byte[] docx = docx(lines);

        OutlineMatcher.Result result = new OutlineMatcher().match(template.reportOutline(), new DocxParagraphs().read(docx).paragraphs());

        Map<String, String> headings = new LinkedHashMap<>();
        result.sections().forEach(s -> headings.put(s.key(), s.heading()));
        assertThat(headings).containsEntry("unitOverview", "1、 单位基本情况").containsEntry("problems", "四、存在的问题及原因分析")
                .containsEntry("improvements", "5、 下一步改进措施").containsKey("other").hasSize(7);
        String overview = result.sections().get(0).text();
        assertThat(overview).startsWith("（一）单位基本情况").contains("在职在编（含引进人才、随军家属）：44人");
        assertThat(result.preamble()).contains("附件3");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void whatIsNotADocxIsRefusedInChinese() throws IOException {
        DocxParagraphs reader = new DocxParagraphs();
        assertThat(reader.read("一、单位基本情况".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains(".docx"));
        assertThat(reader.read(new byte[] {'P', 'K', 3, 4, 0, 0}).problems()).hasSize(1);
        OutlineMatcher.Result nothing = new OutlineMatcher().match(template.reportOutline(),
                reader.read(docx(List.of("会议纪要", "今天开了一个会。"))).paragraphs());
        assertThat(nothing.recognisedAnything()).isFalse();
        assertThat(nothing.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("未能识别"));
    }

    static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream((text == null ? "" : text).split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WordReportReadsBackIntoTheOutlineTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
