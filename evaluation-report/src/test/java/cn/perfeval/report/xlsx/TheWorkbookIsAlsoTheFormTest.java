package cn.perfeval.report.xlsx;

import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.interchange.WorkbookMarker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The attachments workbook is also the form: printed layout, inputs unlocked, labels locked, a hidden mark of the
 * evaluation; filled in, it reads back as domain values; a bad cell is named by sheet and cell; LibreOffice opens it.
 */
class TheWorkbookIsAlsoTheFormTest {

    private static final WorkbookMarker MARKER = new WorkbookMarker("yuhua-2020", 42, 2020, "长沙市雨花区高桥街道办事处");
    private final IndicatorTemplate template = BuiltInTemplates.yuhua2020();
    private final Evaluation seed = seed();

    @Test
    void inputsAreOpenLabelsAreLockedAndTheMarkIsHidden() throws IOException {
        try (XSSFWorkbook wb = open(form())) {
            XSSFSheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            XSSFSheet a2 = wb.getSheet(XlsxReportRenderer.SHEET_2);
            assertThat(a1.getProtect()).isTrue();
            assertThat(a2.getProtect()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(WorkbookMarker.SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            int three = rowOf(a1, "三公经费");
            assertThat(a1.getRow(three).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(a1.getRow(three).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(a1.getRow(three).getCell(5).getNumericCellValue()).isEqualTo(4.6);
            int leaf = rowOf(a2, "人员控制率", 2);
            assertThat(a2.getRow(leaf).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(a2.getRow(leaf).getCell(5).getCellStyle().getLocked()).isTrue();
            assertThat(a2.getRow(leaf).getCell(7).getCellStyle().getLocked()).isFalse();
            assertThat(a2.isColumnHidden(8)).isTrue();
            assertThat(a2.getRow(leaf).getCell(8).getStringCellValue()).isEqualTo("1.2.1");
            assertThat(wb.getPrintArea(wb.getSheetIndex(a2))).endsWith("$G$" + (a2.getLastRowNum() + 1));
        }
    }

    @Test
    void aFilledInWorkbookReadsBackAsDomainValues() throws IOException {
        byte[] filled = fill(form(), wb -> {
            XSSFSheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            a1.getRow(rowOf(a1, "财政供养人员情况") + 1).getCell(3).setCellValue(45);
            a1.getRow(rowOf(a1, "三公经费")).getCell(5).setCellValue(5.25);
            a1.getRow(rowOf(a1, "2、出国经费")).getCell(1).setCellValue("——");
            a1.getRow(rowOf(a1, "政府采购金额")).getCell(3).setCellValue("1,200.5");
            XSSFSheet a2 = wb.getSheet(XlsxReportRenderer.SHEET_2);
            Row leaf = a2.getRow(rowOf(a2, "人员控制率", 2));
            leaf.getCell(6).setCellValue(3.5);
            leaf.getCell(7).setCellValue("聘用人员超出核定数");
        });

        WorkbookReading r = new WorkbookReader().read(filled, MARKER, template);

        assertThat(r.problems()).isEmpty();
        assertThat(r.actualHeadcount()).isEqualTo(Cell.of("45"));
        assertThat(r.authorizedHeadcount()).isEqualTo(Cell.of("52"));
        assertThat(r.expenseControl().get(ExpenseRow.THREE_PUBLIC_EXPENSES).cell(Column.CURRENT_FINAL)).isEqualTo(Cell.of("5.25"));
        assertThat(r.expenseControl().get(ExpenseRow.OVERSEAS_TRAVEL).cell(Column.PRIOR_YEAR_FINAL)).isEqualTo(Cell.notApplicable());
        assertThat(r.expenseControl().get(ExpenseRow.GOVERNMENT_PROCUREMENT).cell(Column.CURRENT_BUDGET)).isEqualTo(Cell.of("1200.5"));
        for (ExpenseRow row : List.of(ExpenseRow.BUDGET_ADJUSTMENT, ExpenseRow.PUBLIC_OPERATING_EXPENSES)) {
            for (Column c : Column.values()) {
                assertThat(r.expenseControl().get(row).cell(c)).as(row + " " + c).isEqualTo(seed.basicData().cell(row, c));
            }
        }
        assertThat(r.selfScores()).hasSize(24).containsEntry("1.2.1", new java.math.BigDecimal("3.5"));
        assertThat(r.reasons()).containsEntry("1.2.1", "聘用人员超出核定数");
        assertThat(r.austerityMeasures()).isEqualTo(seed.basicData().austerityMeasures());
    }

    @Test
    void everyBadCellIsNamedBySheetAndCellAndNothingIsRead() throws IOException {
        byte[] bad = fill(form(), wb -> {
            XSSFSheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            a1.getRow(rowOf(a1, "三公经费")).getCell(3).setCellValue("约五万");
            XSSFSheet a2 = wb.getSheet(XlsxReportRenderer.SHEET_2);
            a2.getRow(rowOf(a2, "人员控制率", 2)).getCell(6).setCellValue(9);
        });
        WorkbookReading r = new WorkbookReader().read(bad, MARKER, template);
        int three = 0;
        try (XSSFWorkbook wb = open(bad)) {
            three = rowOf(wb.getSheet(XlsxReportRenderer.SHEET_1), "三公经费") + 1;
        }
        assertThat(r.isValid()).isFalse();
        assertThat(r.expenseControl()).isEmpty();
        assertThat(r.problems()).extracting(Problem::path).contains("附件1!D" + three);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("附件1“三公经费”本年预算数应为数字", "约五万"));
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.path()).startsWith("附件2!G");
            assertThat(p.message()).contains("指标“1.2.1", "自评得分超出允许范围");
        });
    }

    @Test
    void anotherEvaluationsWorkbookOrAnotherFileIsRefused() throws IOException {
        WorkbookMarker otherYear = new WorkbookMarker("yuhua-2020", 43, 2021, "长沙市雨花区圭塘街道办事处");
        assertThat(new WorkbookReader().read(form(), otherYear, template).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("长沙市雨花区高桥街道办事处", "2020年度", "不是本自评"));
        byte[] plain = new XlsxReportRenderer().render(model());
        assertThat(new WorkbookReader().read(plain, MARKER, template).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("不是本平台下载的Excel填报表"));
        assertThat(new WorkbookReader().read("附件1".getBytes(StandardCharsets.UTF_8), MARKER, template).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains(".xlsx"));
    }

    @Test
    void libreOfficeOpensTheFormAndPrintsIt(@TempDir Path dir) throws Exception {
        boolean required = "true".equalsIgnoreCase(System.getenv("EVAL_REQUIRE_SOFFICE"));
        boolean present = Files.isExecutable(Path.of("/usr/bin/soffice")) || onPath();
        if (required) {
            assertThat(present).as("soffice is required (EVAL_REQUIRE_SOFFICE=true)").isTrue();
        }
        assumeTrue(present, "soffice is not installed");
        Path xlsx = dir.resolve("form.xlsx");
        Files.write(xlsx, form());
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice exit code; log: %s", Files.readString(log)).isZero();
        Path pdf = dir.resolve("form.pdf");
        assertThat(pdf).as("soffice log: %s", Files.readString(log)).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(5_000);
    }

    private static boolean onPath() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    private byte[] form() {
        return new WorkbookForm().render(model(), MARKER, Map.of());
    }

    private EvaluationReportModel model() {
        return new ReportModelAssembler().assemble(seed, template, new ScoringEngine().score(seed, template));
    }

    private static Evaluation seed() {
        try (InputStream in = TheWorkbookIsAlsoTheFormTest.class.getResourceAsStream("/fixtures/gaoqiao-2020.json")) {
            return new EvaluationDocumentCodec().read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    InMemoryTemplateRegistry.withBuiltIns()).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface Filling {
        void fill(XSSFWorkbook wb);
    }

    static byte[] fill(byte[] form, Filling filling) throws IOException {
        try (XSSFWorkbook wb = open(form); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static int rowOf(XSSFSheet sh, String label) {
        return rowOf(sh, label, 0);
    }

    static int rowOf(XSSFSheet sh, String label, int col) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            if (label.equals(WorkbookReader.text(sh, r, col))) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
