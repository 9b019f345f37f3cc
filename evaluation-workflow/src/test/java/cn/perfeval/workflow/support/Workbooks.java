package cn.perfeval.workflow.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.report.model.ExpenseRowLayout;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * What a unit does with the files the platform gives it, done with POI: fill in the downloaded workbook (here with the
 * seed's figures and self-scores, as 高桥 would have), and write 附件3 in Word (the seed's report text).
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** The seed's evaluation as the domain reads it. */
    public static Evaluation seed() {
        return new EvaluationDocumentCodec().read(Scenes.seedText(), InMemoryTemplateRegistry.withBuiltIns()).orElseThrow();
    }

    /** The downloaded form filled in with the seed's 附件1 and self-scores. */
    public static byte[] filledWithSeed(byte[] form) {
        Evaluation seed = seed();
        return edit(form, wb -> {
            XSSFSheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            int staffing = row(a1, "财政供养人员情况", 0) + 1;
            put(a1, staffing, 1, seed.basicData().staffing().authorizedHeadcount());
            put(a1, staffing, 3, seed.basicData().staffing().actualHeadcount());
            int first = row(a1, "经费控制情况", 0) + 1;
            List<ExpenseRowLayout.Line> layout = ExpenseRowLayout.STANDARD;
            for (int i = 0; i < layout.size(); i++) {
                ExpenseRow row = ExpenseRow.fromKey(layout.get(i).key()).orElseThrow();
                put(a1, first + i, 1, seed.basicData().cell(row, Column.PRIOR_YEAR_FINAL));
                put(a1, first + i, 3, seed.basicData().cell(row, Column.CURRENT_BUDGET));
                put(a1, first + i, 5, seed.basicData().cell(row, Column.CURRENT_FINAL));
            }
            a1.getRow(row(a1, "厉行节约保障措施", 0)).getCell(1).setCellValue(seed.basicData().austerityMeasures());
            XSSFSheet a2 = wb.getSheet(XlsxReportRenderer.SHEET_2);
            int codeCol = 8;
            for (int r = 0; r <= a2.getLastRowNum(); r++) {
                Row row = a2.getRow(r);
                var code = row == null ? null : row.getCell(codeCol);
                if (code != null && code.getCellType() == CellType.STRING) {
                    seed.scoreSheet().selfScore(code.getStringCellValue())
                            .ifPresent(s -> row.getCell(6).setCellValue(s.doubleValue()));
                }
            }
        });
    }

    /** One cell of a sheet set to a text, as a person typing a word where a number belongs. */
    public static byte[] withText(byte[] form, String rowLabel, int col, String text) {
        return edit(form, wb -> {
            XSSFSheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            a1.getRow(row(a1, rowLabel, 0)).getCell(col).setCellValue(text);
        });
    }

    /** The 1-based Excel row of a 附件1 label, as a path names it (附件1!D7). */
    public static int excelRow(byte[] form, String rowLabel) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            return row(wb.getSheet(XlsxReportRenderer.SHEET_1), rowLabel, 0) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 附件3 as a unit writes it in Word: the seed's report text, a paragraph per line, with its own headings. */
    public static byte[] seedReportDocx(String unitShortName) {
        try (InputStream in = Workbooks.class.getResourceAsStream("/fixtures/gaoqiao-2020-report.txt");
             XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("高桥", unitShortName);
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Edit {
        void apply(XSSFWorkbook wb);
    }

    private static byte[] edit(byte[] form, Edit edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(form)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(XSSFSheet sh, int r, int col, Cell value) {
        var cell = sh.getRow(r).getCell(col) == null ? sh.getRow(r).createCell(col) : sh.getRow(r).getCell(col);
        if (value.isNotApplicable()) {
            cell.setCellValue("——");
        } else if (value.isValue()) {
            cell.setCellValue(value.value().orElseThrow().doubleValue());
        } else {
            cell.setBlank();
        }
    }

    private static int row(XSSFSheet sh, String label, int col) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            var cell = row == null ? null : row.getCell(col);
            if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue().strip())) {
                return r;
            }
        }
        throw new IllegalStateException("no row " + label);
    }
}
