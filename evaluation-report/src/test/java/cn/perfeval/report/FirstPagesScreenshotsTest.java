package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.OfficeTools;
import cn.perfeval.report.support.Outputs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps a picture of the first page of each attachment under {@code target/screenshots/} for a person to look at:
 * {@code pdf-*.png} from our PDF and {@code word-*.png} from the Word file as LibreOffice prints it. Needs pdftoppm
 * (poppler-utils) and, for the Word pictures, soffice: missing, they fail where EVAL_REQUIRE_SOFFICE=true and skip
 * elsewhere.
 */
class FirstPagesScreenshotsTest {

    static final Path DIR = Path.of("target", "screenshots");
    static final List<String> NAMES = List.of("attachment-1", "attachment-2", "attachment-3-cover", "attachment-3");

    static EvaluationReportModel model;

    @BeforeAll
    static void model() throws IOException {
        model = SeedModels.seed();
        Files.createDirectories(DIR);
    }

    @Test
    void pdfFirstPages() throws Exception {
        String pdftoppm = OfficeTools.find("pdftoppm");
        OfficeTools.require(pdftoppm, "pdftoppm", "poppler-utils");
        Path pdf = Files.write(DIR.resolve("report.pdf"), new PdfReportRenderer().render(model));
        Map<String, Integer> first = new LinkedHashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> labels = Arrays.asList(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            first.put("attachment-1", labels.indexOf("附件1-1") + 1);
            first.put("attachment-2", labels.indexOf("附件2-1") + 1);
            first.put("attachment-3-cover", labels.indexOf("附件3 封面") + 1);
            first.put("attachment-3", labels.indexOf("附件3-1") + 1);
        }
        shoot(pdftoppm, pdf, "pdf", first);
    }

    @Test
    void wordFirstPagesAsLibreOfficePrintsThem() throws Exception {
        String pdftoppm = OfficeTools.find("pdftoppm");
        OfficeTools.require(pdftoppm, "pdftoppm", "poppler-utils");
        String soffice = OfficeTools.find("soffice");
        OfficeTools.require(soffice, "soffice", "libreoffice-writer-nogui");
        Path word = Files.createDirectories(DIR.resolve("word"));
        Path docx = Files.write(word.resolve("report.docx"), new DocxReportRenderer().render(model));
        Path profile = Files.createDirectories(word.resolve("soffice-profile")).toAbsolutePath();
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", word.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(word.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice exit code").isZero();
        Path pdf = word.resolve("report.pdf");
        List<String> pages = Outputs.pdfPages(Files.readAllBytes(pdf)).stream().map(t -> t.replaceAll("\\s+", "")).toList();
        Map<String, Integer> first = new LinkedHashMap<>();
        first.put("attachment-1", 1);
        first.put("attachment-2", indexOf(pages, "附件2部门整体支出绩效自评表") + 1);
        first.put("attachment-3-cover", indexOf(pages, "单位名称（盖章）") + 1);
        first.put("attachment-3", first.get("attachment-3-cover") + 1);
        shoot(pdftoppm, pdf, "word", first);
    }

    private static void shoot(String pdftoppm, Path pdf, String prefix, Map<String, Integer> first) throws Exception {
        assertThat(first.keySet()).containsExactlyElementsOf(NAMES);
        for (Map.Entry<String, Integer> e : first.entrySet()) {
            assertThat(e.getValue()).as("first page of %s", e.getKey()).isPositive();
            Path png = DIR.resolve(prefix + "-" + e.getKey());
            Process p = new ProcessBuilder(pdftoppm, "-r", "60", "-png", "-singlefile", "-f", e.getValue().toString(),
                    "-l", e.getValue().toString(), pdf.toString(), png.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("pdftoppm: %s", new String(p.getInputStream().readAllBytes())).isZero();
            BufferedImage image = ImageIO.read(DIR.resolve(prefix + "-" + e.getKey() + ".png").toFile());
            assertThat(image).as(png + ".png").isNotNull();
            boolean landscape = e.getKey().equals("attachment-2");
            assertThat(image.getWidth() > image.getHeight()).as("%s landscape", png).isEqualTo(landscape);
            assertThat(inkShare(image)).as("%s has print on it", png).isBetween(0.002, 0.5);
        }
    }

    /** The share of pixels that are not near-white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 160) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
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
