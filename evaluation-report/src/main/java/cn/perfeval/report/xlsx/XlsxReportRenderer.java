package cn.perfeval.report.xlsx;

import cn.perfeval.report.model.BasicDataView;
import cn.perfeval.report.model.BuildingProject;
import cn.perfeval.report.model.Cell;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ExpenseRow;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ScoreSheetView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Attachments 1 and 2 as an Excel workbook (.xlsx), one sheet each, laid out like the seed's tables: merged
 * headers, the three amount columns, weights and scores (numbers as numbers), totals and grade. Thread-safe (no
 * shared state).
 */
public final class XlsxReportRenderer {

    public static final String SHEET_1 = "附件1 基础数据表";
    public static final String SHEET_2 = "附件2 自评表";

    public byte[] render(EvaluationReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(model, out);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} (not closed). */
    public void render(EvaluationReportModel model, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            basicData(wb.createSheet(SHEET_1), model, st);
            scores(wb.createSheet(SHEET_2), model, st);
            wb.getProperties().getCoreProperties().setTitle(model.title());
            wb.getProperties().getCoreProperties().setCreator(model.unitName());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void basicData(XSSFSheet sh, EvaluationReportModel m, Styles st) {
        BasicDataView a = m.basicData();
        int[] widths = {34, 11, 11, 11, 11, 11, 11};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        setupPrint(sh, false);
        int r = 0;
        text(sh, r++, 0, "附件1", st.attNo);
        title(sh, r++, 6, "部门整体支出绩效自评基础数据表", st);
        text(sh, r++, 0, "填报单位：" + m.unitName(), st.unit);
        sh.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, 6));
        String unit = a.amountUnit();
        r = threeHeader(sh, r, st, "财政供养人员情况", "编制数", m.year() + "年实际在职人数", "控制率");
        Row row = sh.createRow(r);
        boxed(row, 0, "", st.left);
        span3(sh, row, st, text(a.staffing().authorizedText()), text(a.staffing().actualText()),
                text(a.staffing().controlRateText()));
        r++;
        r = threeHeader(sh, r, st, "经费控制情况", (m.year() - 1) + "年决算数（" + unit + "）",
                m.year() + "年预算数（" + unit + "）", m.year() + "年决算数（" + unit + "）");
        for (ExpenseRow e : a.expenseRows()) {
            row = sh.createRow(r++);
            boxed(row, 0, e.label(), st.indent[Math.min(e.indent(), 3)]);
            span3(sh, row, st, value(e.priorYearFinal()), value(e.currentBudget()), value(e.currentFinal()));
        }
        row = sh.createRow(r);
        row.setHeightInPoints(32);
        String[] heads = {"楼堂馆所控制情况\n（" + m.year() + "年完工项目）", "批复规模\n（㎡）", "实际规模\n（㎡）", "规模控制率",
                "预算投资\n（" + unit + "）", "实际投资\n（" + unit + "）", "投资概算控制率"};
        for (int i = 0; i < heads.length; i++) {
            boxed(row, i, heads[i], st.head);
        }
        r++;
        if (a.buildingProjects().isEmpty()) {
            row = sh.createRow(r++);
            for (int i = 0; i < 7; i++) {
                boxed(row, i, "", st.center);
            }
        }
        for (BuildingProject b : a.buildingProjects()) {
            row = sh.createRow(r++);
            boxed(row, 0, b.name(), st.left);
            number(row, 1, b.approvedArea(), st);
            number(row, 2, b.actualArea(), st);
            boxed(row, 3, b.areaControlRateText(), st.center);
            number(row, 4, b.budgetedInvestment(), st);
            number(row, 5, b.actualInvestment(), st);
            boxed(row, 6, b.investmentControlRateText(), st.center);
        }
        r = freeText(sh, r, 7, "厉行节约保障措施", a.austerityMeasures(), st, 1);
        row = sh.createRow(r);
        row.setHeightInPoints(30);
        org.apache.poi.ss.usermodel.Cell note = row.createCell(0);
        note.setCellValue(a.note());
        note.setCellStyle(st.note);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
    }

    private static void scores(XSSFSheet sh, EvaluationReportModel m, Styles st) {
        ScoreSheetView s = m.scoreSheet();
        boolean rv = s.reviewed();
        int cols = rv ? 8 : 7;
        int[] widths = {9, 10, 14, 6, 52, 52, 9, 9};
        for (int i = 0; i < cols; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        setupPrint(sh, true);
        int r = 0;
        text(sh, r++, 0, "附件2", st.attNo);
        title(sh, r++, cols - 1, "部门整体支出绩效自评表", st);
        text(sh, r++, 0, "填报单位：" + m.unitName(), st.unit);
        sh.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, cols - 1));
        Row row = sh.createRow(r);
        String[] heads = {"一级指标", "二级指标", "三级指标", "分值", "评分要点", "评分标准", "自评得分", "复核得分"};
        for (int i = 0; i < cols; i++) {
            boxed(row, i, heads[i], st.head);
        }
        sh.setRepeatingRows(new CellRangeAddress(r, r, 0, cols - 1));
        r++;
        for (IndicatorArea area : s.areas()) {
            int areaStart = r;
            for (IndicatorGroup g : area.groups()) {
                int groupStart = r;
                for (IndicatorRow ind : g.indicators()) {
                    row = sh.createRow(r);
                    boxed(row, 0, area.name() + "\n（" + area.weightText() + "分）", st.center);
                    boxed(row, 1, g.name() + "\n（" + g.weightText() + "分）", st.center);
                    boxed(row, 2, ind.name(), st.center);
                    number(row, 3, ind.weight(), st);
                    boxed(row, 4, ind.scoringPoints(), st.left);
                    boxed(row, 5, ind.scoringStandard(), st.left);
                    number(row, 6, ind.selfScore(), st);
                    if (rv) {
                        number(row, 7, ind.reviewScore(), st);
                    }
                    int lines = Math.max(lineCount(ind.scoringPoints(), 30), lineCount(ind.scoringStandard(), 30));
                    row.setHeightInPoints(Math.min(409f, Math.max(30, lines * 14f + 4)));
                    r++;
                }
                merge(sh, groupStart, r - 1, 1);
            }
            merge(sh, areaStart, r - 1, 0);
            row = sh.createRow(r);
            boxed(row, 0, area.name() + "小计", st.head);
            boxed(row, 1, "", st.head);
            boxed(row, 2, "", st.head);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
            number(row, 3, area.weight(), st);
            boxed(row, 4, "", st.center);
            boxed(row, 5, "", st.center);
            number(row, 6, area.selfTotal(), st);
            if (rv) {
                number(row, 7, area.reviewTotal(), st);
            }
            r++;
        }
        row = sh.createRow(r);
        boxed(row, 0, "合计", st.head);
        boxed(row, 1, "", st.head);
        boxed(row, 2, "", st.head);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        number(row, 3, s.totalWeight(), st);
        boxed(row, 4, "", st.center);
        boxed(row, 5, "", st.center);
        number(row, 6, s.selfTotal(), st);
        if (rv) {
            number(row, 7, s.reviewTotal(), st);
        }
        r++;
        r = labelled(sh, r, cols, "自评等级", s.selfGrade(), st, st.center);
        if (rv) {
            r = labelled(sh, r, cols, "评审等级", s.review().grade(), st, st.center);
            freeText(sh, r, cols, "评审意见", s.review().opinion(), st, 3);
        }
    }

    /**
     * A label and a text people type, over columns {@code firstCol}… ; a text longer than a cell holds goes on in
     * rows labelled "（续）", whole. Returns the next row.
     */
    private static int freeText(XSSFSheet sh, int r, int cols, String label, String text, Styles st, int firstCol) {
        java.util.List<String> parts = CellText.parts(text);
        for (int p = 0; p < parts.size(); p++) {
            Row row = sh.createRow(r);
            for (int i = 0; i < firstCol; i++) {
                boxed(row, i, i == 0 ? (p == 0 ? label : label + "（续）") : "", st.head);
            }
            if (firstCol > 1) {
                sh.addMergedRegion(new CellRangeAddress(r, r, 0, firstCol - 1));
            }
            boxed(row, firstCol, parts.get(p), st.left);
            for (int i = firstCol + 1; i < cols; i++) {
                boxed(row, i, "", st.left);
            }
            sh.addMergedRegion(new CellRangeAddress(r, r, firstCol, cols - 1));
            if (parts.get(p).length() > 200) {
                // a merged cell does not grow by itself; Excel's tallest row is 409 pt
                row.setHeightInPoints(Math.min(409f, lineCount(parts.get(p), 40) * 14f + 4));
            }
            r++;
        }
        return r;
    }

    private static int labelled(XSSFSheet sh, int r, int cols, String label, String value, Styles st, CellStyle valueStyle) {
        Row row = sh.createRow(r);
        boxed(row, 0, label, st.head);
        boxed(row, 1, "", st.head);
        boxed(row, 2, "", st.head);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        boxed(row, 3, value, valueStyle);
        for (int i = 4; i < cols; i++) {
            boxed(row, i, "", valueStyle);
        }
        sh.addMergedRegion(new CellRangeAddress(r, r, 3, cols - 1));
        return r + 1;
    }

    private static int lineCount(String text, int charsPerLine) {
        int n = 0;
        for (String l : text.split("\n", -1)) {
            n += Math.max(1, (l.length() + charsPerLine - 1) / charsPerLine);
        }
        return n;
    }

    private static void merge(XSSFSheet sh, int first, int last, int col) {
        if (last > first) {
            sh.addMergedRegion(new CellRangeAddress(first, last, col, col));
        }
    }

    private static int threeHeader(XSSFSheet sh, int r, Styles st, String label, String a, String b, String c) {
        Row row = sh.createRow(r);
        boxed(row, 0, label, st.head);
        span3(sh, row, st, a, b, c);
        for (int i = 1; i < 7; i++) {
            row.getCell(i).setCellStyle(st.head);
        }
        return r + 1;
    }

    /** Three values, each over two columns (1–2, 3–4, 5–6). */
    private static void span3(XSSFSheet sh, Row row, Styles st, Object a, Object b, Object c) {
        Object[] v = {a, b, c};
        for (int k = 0; k < 3; k++) {
            int col = 1 + 2 * k;
            if (v[k] instanceof BigDecimal d) {
                number(row, col, d, st);
            } else {
                boxed(row, col, (String) v[k], st.center);
            }
            boxed(row, col + 1, "", st.center);
            sh.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), col, col + 1));
        }
    }

    private static Object value(Cell c) {
        return c.kind() == Cell.Kind.VALUE ? c.value() : c.text();
    }

    private static Object text(String s) {
        return s;
    }

    private static void number(Row row, int col, BigDecimal v, Styles st) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        c.setCellStyle(st.number);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
    }

    private static void boxed(Row row, int col, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        if (text != null && !text.isEmpty()) {
            c.setCellValue(CellText.fit(text));
        }
        c.setCellStyle(style);
    }

    private static void text(XSSFSheet sh, int r, int col, String text, CellStyle style) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        c.setCellValue(CellText.fit(text));
        c.setCellStyle(style);
    }

    private static void title(XSSFSheet sh, int r, int lastCol, String text, Styles st) {
        Row row = sh.createRow(r);
        row.setHeightInPoints(40);
        org.apache.poi.ss.usermodel.Cell c = row.createCell(0);
        c.setCellValue(CellText.fit(text));
        c.setCellStyle(st.title);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
    }

    private static void setupPrint(XSSFSheet sh, boolean landscape) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, landscape ? 1.1 : 1.46);
        sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, landscape ? 1.02 : 1.38);
        sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, landscape ? 1.18 : 1.1);
        sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, landscape ? 1.18 : 1.02);
        sh.getFooter().setCenter("— &P —");
    }

    private static final class Styles {
        final CellStyle attNo;
        final CellStyle title;
        final CellStyle unit;
        final CellStyle head;
        final CellStyle center;
        final CellStyle left;
        final CellStyle number;
        final CellStyle note;
        final CellStyle[] indent = new CellStyle[4];

        Styles(XSSFWorkbook wb) {
            Font body = font(wb, "仿宋_GB2312", 10.5);
            Font hei = font(wb, "黑体", 10.5);
            attNo = wb.createCellStyle();
            attNo.setFont(font(wb, "黑体", 16));
            title = wb.createCellStyle();
            title.setFont(font(wb, "方正小标宋简体", 22));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            unit = wb.createCellStyle();
            unit.setFont(font(wb, "仿宋_GB2312", 14));
            head = boxed(wb, hei, HorizontalAlignment.CENTER);
            center = boxed(wb, body, HorizontalAlignment.CENTER);
            left = boxed(wb, body, HorizontalAlignment.LEFT);
            number = boxed(wb, body, HorizontalAlignment.CENTER);
            number.setDataFormat(wb.createDataFormat().getFormat("General"));
            for (int i = 0; i < 4; i++) {
                indent[i] = boxed(wb, body, HorizontalAlignment.LEFT);
                indent[i].setIndention((short) (i == 0 ? 0 : i == 3 ? 4 : 1));
            }
            note = wb.createCellStyle();
            note.setFont(font(wb, "仿宋_GB2312", 10.5));
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static Font font(XSSFWorkbook wb, String name, double points) {
            Font f = wb.createFont();
            f.setFontName(name);
            f.setFontHeight((short) Math.round(points * 20));
            f.setCharSet(134);
            return f;
        }

        private static CellStyle boxed(XSSFWorkbook wb, Font f, HorizontalAlignment h) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setAlignment(h);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
