package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.pdf.PdfFontConfig;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.PdfGlyphs;
import cn.perfeval.report.support.PdfGlyphs.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bureau points each role at its licensed font file; here the shipped files stand in for them, swapped round so
 * that the PDF shows which file set which role. A wrong file fails when the renderer is made, naming the setting.
 */
class PdfFontsAreConfiguredPerRoleTest {

    @TempDir
    static Path dir;

    static Path song;
    static Path kai;
    static Path hei;

    @BeforeAll
    static void fontFiles() throws IOException {
        song = copy("/fonts/gbsn00lp.ttf", "song.ttf");
        kai = copy("/fonts/gkai00mp.ttf", "kai.ttf");
        hei = copy("/fonts/wqy-microhei.ttc", "hei.ttc");
    }

    @Test
    void eachRoleTakesTheFileItsPropertyNames() {
        Properties p = new Properties();
        p.setProperty("eval.report.pdf-font.title", kai.toString());
        p.setProperty("eval.report.pdf-font.body", hei.toString());
        p.setProperty("eval.report.pdf-font.heading1", song.toString());
        p.setProperty("eval.report.pdf-font.heading2", " ");
        PdfFontConfig config = PdfFontConfig.fromProperties(p);
        assertThat(config).isEqualTo(new PdfFontConfig(kai, hei, song, null));

        PdfReportRenderer renderer = new PdfReportRenderer(config);
        EvaluationReportModel m = SeedModels.seed();
        List<Page> pages = PdfGlyphs.read(renderer.render(m));

        ReportSection first = m.report().sections().get(0);
        String sub = first.paragraphs().stream().filter(ReportSection::isSubheading).findFirst().orElseThrow();
        String body = first.paragraphs().stream().filter(x -> x.length() > 40).findFirst().orElseThrow().substring(0, 20);
        assertThat(PdfGlyphs.fontsOf(pages, m.report().title())).containsExactly("GBZenKai-Medium");
        assertThat(PdfGlyphs.fontsOf(pages, body)).containsExactly("WenQuanYiMicroHei");
        assertThat(PdfGlyphs.fontsOf(pages, first.heading())).containsExactly("BousungEG-Light-GB");
        assertThat(PdfGlyphs.fontsOf(pages, sub)).as("unset: shipped 楷").containsExactly("GBZenKai-Medium");
        assertThat(PdfGlyphs.fontsOf(pages, "—1—")).as("page numbers stay 宋体").containsExactly("BousungEG-Light-GB");
        assertThat(renderer.fontName("body")).isEqualTo("WenQuanYiMicroHei");
    }

    @Test
    void charactersTheFaceLacksComeFromDejaVuThenDroid() {
        EvaluationReportModel seed = SeedModels.seed();
        List<ReportSection> sections = new java.util.ArrayList<>(seed.report().sections());
        // 堃 is outside GB 2312 (not in AR PL SungtiL GB nor DejaVu), ≦ is a symbol only DejaVu has
        sections.set(0, new ReportSection("unitOverview", "单位基本情况", "联系人张堃，控制率≦100%。"));
        EvaluationReportModel m = new EvaluationReportModel(seed.unitName(), seed.unitShortName(), seed.year(), null,
                seed.basicData(), seed.scoreSheet(), new SelfReportView(seed.report().title(), sections, null));
        List<Page> pages = PdfGlyphs.read(new PdfReportRenderer().render(m));
        assertThat(PdfGlyphs.fontsOf(pages, "联系人张")).containsExactly("BousungEG-Light-GB");
        assertThat(PdfGlyphs.fontsOf(pages, "张堃，")).containsExactly("BousungEG-Light-GB", "DroidSansFallback");
        assertThat(PdfGlyphs.fontsOf(pages, "率≦1")).containsExactly("BousungEG-Light-GB", "DejaVuSans");
    }

    @Test
    void theOneFontSettingOfEarlierVersionsSetsTheBody() {
        assertThat(PdfFontConfig.fromProperties(Map.of("eval.report.pdf-font", hei.toString())))
                .isEqualTo(new PdfFontConfig(null, hei, null, null));
        assertThat(PdfFontConfig.fromProperties(Map.of("eval.report.pdf-font", hei.toString(),
                "eval.report.pdf-font.body", kai.toString()))).isEqualTo(new PdfFontConfig(null, kai, null, null));
        assertThat(PdfFontConfig.fromProperties(Map.of())).isEqualTo(PdfFontConfig.shipped());
        assertThat(new PdfReportRenderer(kai).fontName("body")).isEqualTo("GBZenKai-Medium");
    }

    @Test
    void aMissingFileFailsAtOnceNamingTheSetting() {
        assertThatThrownBy(() -> new PdfReportRenderer(new PdfFontConfig(null, null, dir.resolve("仿宋_GB2312.ttf"), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eval.report.pdf-font.heading1").hasMessageContaining("仿宋_GB2312.ttf");
    }

    @Test
    void anOpenTypeCffFontIsRefusedWithTheReason() throws IOException {
        Path otf = Files.write(dir.resolve("NotoSerifCJK.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 1, 0, 0});
        assertThatThrownBy(() -> new PdfReportRenderer(new PdfFontConfig(otf, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eval.report.pdf-font.title").hasMessageContaining("OpenType/CFF");
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws IOException {
        Path junk = Files.writeString(dir.resolve("simfang.ttf"), "not a font at all");
        assertThatThrownBy(() -> new PdfReportRenderer(new PdfFontConfig(null, junk, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eval.report.pdf-font.body").hasMessageContaining("不是可用的 TrueType 字体");
    }

    private static Path copy(String resource, String name) throws IOException {
        try (InputStream in = PdfFontsAreConfiguredPerRoleTest.class.getResourceAsStream(resource)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }
}
