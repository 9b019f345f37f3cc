package cn.perfeval.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of Attachment 1's 经费控制情况 as the seed prints them, in order, with their labels and indentation.
 * Keys are those of the interchange format ({@code basicData.expenseControl}).
 */
public final class ExpenseRowLayout {

    /** One line of the layout. */
    public record Line(String key, String label, int indent) {
    }

    public static final List<Line> STANDARD = List.of(
            new Line("threePublicExpenses", "三公经费", 0),
            new Line("vehicles", "1、公务用车购置和维护经费", 1),
            new Line("vehiclePurchase", "其中：公车购置", 2),
            new Line("vehicleOperation", "公车运行维护", 3),
            new Line("overseasTravel", "2、出国经费", 1),
            new Line("officialReception", "3、公务接待", 1),
            new Line("projectExpenditure", "项目支出：", 0),
            new Line("businessProjects", "1、业务工作专项", 1),
            new Line("operationProjects", "2、运行维护专项", 1),
            new Line("publicOperatingExpenses", "公用经费", 0),
            new Line("officeExpenses", "其中：办公经费", 2),
            new Line("utilitiesAndTravel", "水费、电费、差旅费", 3),
            new Line("meetingsAndTraining", "会议费、培训费", 3),
            new Line("governmentProcurement", "政府采购金额", 0),
            new Line("budgetAdjustment", "部门整体支出预算调整", 0));

    private ExpenseRowLayout() {
    }

    /**
     * Builds the standard rows from cells by key (three cells each: prior-year final, budget, final). Missing keys give
     * blank rows; extra project rows (key not in the layout) are not added here, see {@link #withProjects}.
     */
    public static List<ExpenseRow> standardRows(Map<String, List<Cell>> cellsByKey) {
        List<ExpenseRow> rows = new ArrayList<>(STANDARD.size());
        for (Line line : STANDARD) {
            List<Cell> c = cellsByKey.getOrDefault(line.key(), List.of());
            rows.add(new ExpenseRow(line.key(), line.label(), line.indent(), at(c, 0), at(c, 1), at(c, 2)));
        }
        return rows;
    }

    /** Inserts further project rows (e.g. "3、某某专项") after 运行维护专项. */
    public static List<ExpenseRow> withProjects(List<ExpenseRow> standard, List<ExpenseRow> extraProjects) {
        List<ExpenseRow> rows = new ArrayList<>(standard);
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals("operationProjects")) {
                at = i + 1;
            }
        }
        rows.addAll(at < 0 ? rows.size() : at, extraProjects);
        return rows;
    }

    private static Cell at(List<Cell> c, int i) {
        return i < c.size() && c.get(i) != null ? c.get(i) : Cell.blank();
    }
}
