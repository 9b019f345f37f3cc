package cn.perfeval.report.xlsx;

import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.interchange.WorkbookMarker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.model.ExpenseRowLayout;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back the workbook {@link XlsxReportRenderer} wrote, once a unit has filled it in: 附件1's cells and 附件2's
 * self-scores and reasons. The whole workbook is checked before anything is returned; "——" is not applicable, an empty
 * cell is blank. Stateless and thread-safe.
 */
public final class WorkbookReader {

    static final String A1 = "附件1";
    static final String A2 = "附件2";

    public WorkbookReading read(byte[] bytes, WorkbookMarker expected, IndicatorTemplate template) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Problem> problems = new ArrayList<>();
            WorkbookMarker marker = marker(wb, expected, problems);
            Sheet a1 = wb.getSheet(XlsxReportRenderer.SHEET_1);
            Sheet a2 = wb.getSheet(XlsxReportRenderer.SHEET_2);
            if (!problems.isEmpty() || a1 == null || a2 == null) {
                if (problems.isEmpty()) {
                    problems.add(new Problem("$", "工作簿缺少“" + (a1 == null ? XlsxReportRenderer.SHEET_1 : XlsxReportRenderer.SHEET_2)
                            + "”工作表，请使用本平台下载的Excel填报表"));
                }
                return WorkbookReading.refused(problems);
            }
            Cells c = new Cells(problems);
            Reading1 one = basicData(a1, c);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            scores(a2, template, c, scores, reasons);
            if (!problems.isEmpty()) {
                return WorkbookReading.refused(problems);
            }
            return new WorkbookReading(marker, one.authorized, one.actual, one.rows, one.buildings, one.austerity, scores,
                    reasons, List.of());
        } catch (IOException | RuntimeException notAWorkbook) {
            return WorkbookReading.refused(List.of(new Problem("$",
                    "文件不是Excel工作簿（.xlsx），或已损坏；请上传本平台下载并填写的Excel填报表")));
        }
    }

    private static WorkbookMarker marker(XSSFWorkbook wb, WorkbookMarker expected, List<Problem> problems) {
        Sheet sheet = wb.getSheet(WorkbookMarker.SHEET);
        String mark = sheet == null ? null : text(sheet, 0, 0);
        if (!WorkbookMarker.MARK.equals(mark)) {
            problems.add(new Problem("$", "这不是本平台下载的Excel填报表（缺少平台标记），请在自评页面点“下载Excel填报”取得填报表后填写"));
            return null;
        }
        WorkbookMarker found;
        try {
            found = new WorkbookMarker(text(sheet, 0, 1), Long.parseLong(text(sheet, 1, 1)),
                    Integer.parseInt(text(sheet, 2, 1)), text(sheet, 3, 1));
        } catch (NumberFormatException e) {
            problems.add(new Problem("$", "Excel填报表的平台标记已损坏，请重新下载填报表"));
            return null;
        }
        if (found.evaluationId() != expected.evaluationId() || found.year() != expected.year()) {
            problems.add(new Problem("$", "这是“" + found.unitName() + "”" + found.year() + "年度自评的填报表，不是本自评（"
                    + expected.unitName() + expected.year() + "年度）的；请上传从本页下载的填报表"));
        } else if (!expected.templateCode().equals(found.templateCode())) {
            problems.add(new Problem("$", "填报表的指标模板与本自评不同，请重新下载填报表"));
        }
        return found;
    }

    private record Reading1(Cell authorized, Cell actual, Map<ExpenseRow, AmountRow> rows, List<BuildingProject> buildings,
                            String austerity) {
    }

    private static Reading1 basicData(Sheet sh, Cells c) {
        int staffing = rowOf(sh, "财政供养人员情况", c);
        int expenses = rowOf(sh, "经费控制情况", c);
        int buildings = rowStartingWith(sh, "楼堂馆所控制情况");
        int austerity = rowOf(sh, "厉行节约保障措施", c);
        if (staffing < 0 || expenses < 0 || buildings < 0 || austerity < 0) {
            c.problems.add(new Problem(A1, "“" + XlsxReportRenderer.SHEET_1 + "”的表格结构已被改动，请重新下载填报表"));
            return new Reading1(Cell.blank(), Cell.blank(), Map.of(), List.of(), null);
        }
        Cell authorized = c.figure(sh, staffing + 1, 1, Limits.Figure.HEADCOUNT, "附件1“编制数”");
        Cell actual = c.figure(sh, staffing + 1, 3, Limits.Figure.HEADCOUNT, "附件1“实际在职人数”");
        Map<ExpenseRow, AmountRow> rows = new EnumMap<>(ExpenseRow.class);
        List<ExpenseRowLayout.Line> layout = ExpenseRowLayout.STANDARD;
        for (int i = 0; i < layout.size(); i++) {
            int r = expenses + 1 + i;
            ExpenseRow row = ExpenseRow.fromKey(layout.get(i).key()).orElseThrow();
            if (!layout.get(i).label().equals(text(sh, r, 0))) {
                c.problems.add(new Problem(A1 + "!" + ref(r, 0), "此处应为“" + layout.get(i).label() + "”行，表格结构已被改动，请重新下载填报表"));
                continue;
            }
            String what = "附件1“" + row.label() + "”";
            rows.put(row, new AmountRow(c.figure(sh, r, 1, Limits.Figure.AMOUNT, what + "上年决算数"),
                    c.figure(sh, r, 3, Limits.Figure.AMOUNT, what + "本年预算数"),
                    c.figure(sh, r, 5, Limits.Figure.AMOUNT, what + "本年决算数")));
        }
        List<BuildingProject> projects = new ArrayList<>();
        for (int r = buildings + 1; r < austerity; r++) {
            String name = text(sh, r, 0);
            int k = projects.size() + 1;
            String what = "附件1楼堂馆所" + (name.isEmpty() ? "第" + k + "项" : "“" + name + "”");
            Cell approved = c.figure(sh, r, 1, Limits.Figure.AREA, what + "批复规模");
            Cell actualArea = c.figure(sh, r, 2, Limits.Figure.AREA, what + "实际规模");
            Cell budgeted = c.figure(sh, r, 4, Limits.Figure.AMOUNT, what + "预算投资");
            Cell invested = c.figure(sh, r, 5, Limits.Figure.AMOUNT, what + "实际投资");
            if (name.isEmpty() && approved.isBlank() && actualArea.isBlank() && budgeted.isBlank() && invested.isBlank()) {
                continue;
            }
            c.text(name, Limits.Text.NAME, A1 + "!" + ref(r, 0), what + "名称");
            projects.add(new BuildingProject(name.isEmpty() ? null : name, approved, actualArea, null, budgeted, invested, null));
        }
        String measures = text(sh, austerity, 1);
        c.text(measures, Limits.Text.PARAGRAPH, A1 + "!" + ref(austerity, 1), "附件1“厉行节约保障措施”");
        return new Reading1(authorized, actual, rows, projects, measures.isEmpty() ? null : measures);
    }

    private static void scores(Sheet sh, IndicatorTemplate template, Cells c, Map<String, BigDecimal> scores,
                               Map<String, String> reasons) {
        int header = -1;
        int selfCol = -1;
        int reasonCol = -1;
        int codeCol = -1;
        for (int r = 0; r <= Math.min(sh.getLastRowNum(), 10) && header < 0; r++) {
            Row row = sh.getRow(r);
            for (int col = 0; row != null && col < row.getLastCellNum(); col++) {
                String t = text(sh, r, col);
                if (t.equals(WorkbookMarker.SELF_SCORE)) {
                    header = r;
                    selfCol = col;
                } else if (t.equals(WorkbookMarker.REASON)) {
                    reasonCol = col;
                } else if (t.equals(WorkbookMarker.CODE)) {
                    codeCol = col;
                }
            }
        }
        if (header < 0 || reasonCol < 0 || codeCol < 0) {
            c.problems.add(new Problem(A2, "“" + XlsxReportRenderer.SHEET_2 + "”的表格结构已被改动，请重新下载填报表"));
            return;
        }
        Map<String, Indicator> leaves = new LinkedHashMap<>();
        template.leaves().forEach(l -> leaves.put(l.code(), l));
        for (int r = header + 1; r <= sh.getLastRowNum(); r++) {
            Indicator leaf = leaves.get(text(sh, r, codeCol));
            if (leaf == null) {
                continue;
            }
            String what = "指标“" + leaf.code() + " " + leaf.name() + "”";
            Cell score = c.score(sh, r, selfCol, leaf.weight(), what + "自评得分");
            scores.put(leaf.code(), score.value().orElse(null));
            String reason = text(sh, r, reasonCol);
            c.text(reason, Limits.Text.PARAGRAPH, A2 + "!" + ref(r, reasonCol), what + "差异说明");
            if (!reason.isEmpty()) {
                reasons.put(leaf.code(), reason);
            }
        }
    }

    /** Reads cells as figures, each problem at its sheet and cell. */
    private static final class Cells {
        final List<Problem> problems;

        Cells(List<Problem> problems) {
            this.problems = problems;
        }

        Cell figure(Sheet sh, int r, int col, Limits.Figure kind, String label) {
            return read(sh, r, col, kind, kind.max(), kind.maxInclusive(), label, true);
        }

        Cell score(Sheet sh, int r, int col, BigDecimal weight, String label) {
            return read(sh, r, col, Limits.Figure.SCORE, weight, true, label, false);
        }

        void text(String text, Limits.Text kind, String path, String label) {
            Limits.check(kind, text, label).ifPresent(m -> problems.add(new Problem(path, m)));
        }

        private Cell read(Sheet sh, int r, int col, Limits.Figure kind, BigDecimal max, boolean inclusive, String label,
                          boolean notApplicableAllowed) {
            String path = sheetName(sh) + "!" + ref(r, col);
            Row row = sh.getRow(r);
            org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(col);
            BigDecimal value;
            CellType type = cell == null ? CellType.BLANK : cell.getCellType() == CellType.FORMULA
                    ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            } else if (type == CellType.STRING) {
                String t = cell.getStringCellValue().strip().replace(",", "").replace("，", "");
                if (t.isEmpty()) {
                    return Cell.blank();
                }
                if (t.matches("[—–\\-－]{1,2}")) {
                    if (notApplicableAllowed) {
                        return Cell.notApplicable();
                    }
                    problems.add(new Problem(path, label + "须填写分数，不能填“——”"));
                    return Cell.blank();
                }
                try {
                    value = new BigDecimal(t);
                } catch (NumberFormatException e) {
                    problems.add(new Problem(path, label + "应为数字（不适用请填——），现为“" + shorten(t) + "”"));
                    return Cell.blank();
                }
            } else if (type == CellType.BLANK) {
                return Cell.blank();
            } else {
                problems.add(new Problem(path, label + "应为数字（不适用请填——）"));
                return Cell.blank();
            }
            var why = Limits.check(kind, value, max, inclusive, label);
            if (why.isPresent()) {
                problems.add(new Problem(path, why.get()));
                return Cell.blank();
            }
            return Cell.of(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
        }
    }

    private static String sheetName(Sheet sh) {
        return XlsxReportRenderer.SHEET_1.equals(sh.getSheetName()) ? A1 : A2;
    }

    private static String shorten(String t) {
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }

    static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    private static int rowOf(Sheet sh, String label, Cells c) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            if (label.equals(text(sh, r, 0))) {
                return r;
            }
        }
        return -1;
    }

    private static int rowStartingWith(Sheet sh, String label) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            if (text(sh, r, 0).startsWith(label)) {
                return r;
            }
        }
        return -1;
    }

    /** A cell as text: strings stripped, numbers as Excel shows them, anything else empty. */
    static String text(Sheet sh, int r, int col) {
        Row row = sh.getRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(col);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            default -> "";
        };
    }
}
