package cn.perfeval.report.xlsx;

import cn.perfeval.domain.interchange.WorkbookMarker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The attachments workbook as a form the unit fills in offline: the printed layout of {@link XlsxReportRenderer}
 * unchanged, its input cells unlocked and tinted, every label locked by sheet protection without a password (it
 * guards against typing over a label, not against the user), 附件2 with a 差异说明 column and a hidden column of
 * indicator codes beyond the print area, and a very hidden sheet marking the evaluation it was made for
 * ({@link WorkbookMarker}), so {@link WorkbookReader} takes back only this evaluation's workbook. Thread-safe.
 */
public final class WorkbookForm {

    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    /** @param reasons the 差异说明 by indicator code, so an upload that leaves them untouched keeps them */
    public byte[] render(EvaluationReportModel model, WorkbookMarker marker, Map<String, String> reasons) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(renderer.render(model)));
             ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024)) {
            Inputs inputs = new Inputs(wb);
            basicData(wb.getSheet(XlsxReportRenderer.SHEET_1), inputs);
            scores(wb, wb.getSheet(XlsxReportRenderer.SHEET_2), model, reasons, inputs);
            mark(wb, marker);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void basicData(XSSFSheet sh, Inputs inputs) {
        int staffing = row(sh, "财政供养人员情况", false);
        int expenses = row(sh, "经费控制情况", false);
        int buildings = row(sh, "楼堂馆所控制情况", true);
        int austerity = row(sh, "厉行节约保障措施", false);
        inputs.open(sh, staffing + 1, 1, 3);
        for (int r = expenses + 1; r < buildings; r++) {
            inputs.open(sh, r, 1, 3, 5);
        }
        for (int r = buildings + 1; r < austerity; r++) {
            inputs.open(sh, r, 0, 1, 2, 4, 5);
        }
        inputs.open(sh, austerity, 1);
        protect(sh);
        sh.lockInsertRows(false);
    }

    private static void scores(XSSFWorkbook wb, XSSFSheet sh, EvaluationReportModel model, Map<String, String> reasons,
                               Inputs inputs) {
        int header = headerRow(sh, WorkbookMarker.SELF_SCORE, 6);
        Row head = sh.getRow(header);
        int printedLast = head.getLastCellNum() - 1;
        int reasonCol = printedLast + 1;
        int codeCol = printedLast + 2;
        CellStyle headStyle = head.getCell(printedLast).getCellStyle();
        head.createCell(reasonCol).setCellValue(WorkbookMarker.REASON);
        head.getCell(reasonCol).setCellStyle(headStyle);
        head.createCell(codeCol).setCellValue(WorkbookMarker.CODE);
        sh.setColumnWidth(reasonCol, 40 * 256);
        sh.setColumnHidden(codeCol, true);
        CellStyle textStyle = sh.getRow(header + 1).getCell(4).getCellStyle();
        int r = header + 1;
        for (IndicatorArea area : model.scoreSheet().areas()) {
            for (IndicatorGroup g : area.groups()) {
                for (IndicatorRow ind : g.indicators()) {
                    r = rowOfIndicator(sh, r, ind);
                    if (r < 0) {
                        throw new IllegalStateException("indicator " + ind.code() + " not found in " + sh.getSheetName());
                    }
                    Row row = sh.getRow(r);
                    var reason = row.createCell(reasonCol);
                    reason.setCellStyle(textStyle);
                    String text = reasons.get(ind.code());
                    if (text != null) {
                        reason.setCellValue(text);
                    }
                    row.createCell(codeCol).setCellValue(ind.code());
                    inputs.open(sh, r, 6, reasonCol);
                    r++;
                }
            }
        }
        wb.setPrintArea(wb.getSheetIndex(sh), 0, printedLast, 0, sh.getLastRowNum());
        protect(sh);
    }

    /** The indicator's row at or after {@code from}: its name in 三级指标 and its weight in 分值. */
    private static int rowOfIndicator(XSSFSheet sh, int from, IndicatorRow ind) {
        for (int r = from; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row != null && ind.name().equals(WorkbookReader.text(sh, r, 2))
                    && ind.weightText().equals(WorkbookReader.text(sh, r, 3))) {
                return r;
            }
        }
        return -1;
    }

    private static void mark(XSSFWorkbook wb, WorkbookMarker marker) {
        XSSFSheet sh = wb.createSheet(WorkbookMarker.SHEET);
        String[][] rows = {{WorkbookMarker.MARK, marker.templateCode()}, {"evaluationId", String.valueOf(marker.evaluationId())},
                {"year", String.valueOf(marker.year())}, {"unit", marker.unitName()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sh.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        protect(sh);
        wb.setSheetVisibility(wb.getSheetIndex(sh), SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(0);
    }

    /** Protection without a password: labels cannot be typed over, rows and columns can still be sized. */
    private static void protect(XSSFSheet sh) {
        sh.enableLocking();
        sh.lockFormatRows(false);
        sh.lockFormatColumns(false);
        sh.lockSelectLockedCells(false);
        sh.lockSelectUnlockedCells(false);
    }

    private static int row(XSSFSheet sh, String label, boolean prefix) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            String t = WorkbookReader.text(sh, r, 0);
            if (prefix ? t.startsWith(label) : t.equals(label)) {
                return r;
            }
        }
        throw new IllegalStateException("no row \"" + label + "\" in " + sh.getSheetName());
    }

    private static int headerRow(XSSFSheet sh, String header, int col) {
        for (int r = 0; r <= Math.min(sh.getLastRowNum(), 10); r++) {
            if (header.equals(WorkbookReader.text(sh, r, col))) {
                return r;
            }
        }
        throw new IllegalStateException("no header \"" + header + "\" in " + sh.getSheetName());
    }

    /** Unlocked, tinted copies of the cells' styles, one per original style. */
    private static final class Inputs {
        private final XSSFWorkbook wb;
        private final Map<Integer, CellStyle> unlocked = new HashMap<>();

        Inputs(XSSFWorkbook wb) {
            this.wb = wb;
        }

        void open(XSSFSheet sh, int r, int... cols) {
            Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
            for (int col : cols) {
                var cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
                CellStyle original = cell.getCellStyle();
                cell.setCellStyle(unlocked.computeIfAbsent((int) original.getIndex(), i -> {
                    CellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(original);
                    s.setLocked(false);
                    s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return s;
                }));
            }
        }
    }
}
