package cn.perfeval.domain.basicdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Attachment 1 (基础数据表): staffing, expense control rows, building projects and austerity measures.
 * {@code carried} names the cells a draft took from the previous year (path relative to basicData, e.g.
 * {@code expenseControl.threePublicExpenses.priorYearFinal}) with where from (2020年度自评本年决算数), so the editor can
 * mark them until someone confirms or changes them.
 */
public record BasicDataSheet(Staffing staffing,
                             Map<ExpenseRow, AmountRow> expenseControl,
                             List<BuildingProject> buildingProjects,
                             String austerityMeasures,
                             String note,
                             Map<String, String> carried) {

    /** Prefix by which a template names an Attachment-1 figure as a rule input. */
    public static final String SOURCE_PREFIX = "basicData.";

    private static final Map<String, String> SOURCES = sources();

    public BasicDataSheet {
        Objects.requireNonNull(staffing);
        EnumMap<ExpenseRow, AmountRow> rows = new EnumMap<>(ExpenseRow.class);
        for (ExpenseRow row : ExpenseRow.values()) {
            rows.put(row, expenseControl == null ? AmountRow.BLANK : expenseControl.getOrDefault(row, AmountRow.BLANK));
        }
        expenseControl = Collections.unmodifiableMap(rows);
        buildingProjects = buildingProjects == null ? List.of() : List.copyOf(buildingProjects);
        carried = carried == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(carried));
    }

    public BasicDataSheet(Staffing staffing, Map<ExpenseRow, AmountRow> expenseControl, List<BuildingProject> buildingProjects,
                          String austerityMeasures, String note) {
        this(staffing, expenseControl, buildingProjects, austerityMeasures, note, Map.of());
    }

    /** A sheet with every row present and every cell blank: how a draft starts. */
    public static BasicDataSheet blank() {
        return new BasicDataSheet(new Staffing(Cell.blank(), Cell.blank(), null), Map.of(), List.of(), null, null);
    }

    public BasicDataSheet withRow(ExpenseRow row, AmountRow amounts) {
        Map<ExpenseRow, AmountRow> rows = new EnumMap<>(expenseControl);
        rows.put(row, amounts);
        return new BasicDataSheet(staffing, rows, buildingProjects, austerityMeasures, note, carried);
    }

    public BasicDataSheet withCarried(Map<String, String> carriedCells) {
        return new BasicDataSheet(staffing, expenseControl, buildingProjects, austerityMeasures, note, carriedCells);
    }

    public AmountRow row(ExpenseRow row) {
        return expenseControl.get(row);
    }

    public Cell cell(ExpenseRow row, Column column) {
        return row(row).cell(column);
    }

    /** 在职人员控制率 = actual / authorized headcount. */
    public DerivedRate staffControlRate() {
        return DerivedRate.of("在职人员控制率", staffing.actualHeadcount(), "实际在职人数", staffing.authorizedHeadcount(), "编制数");
    }

    /** "三公经费"控制率 = current final / current budget of the three public expenses. */
    public DerivedRate threePublicExpenseControlRate() {
        AmountRow r = row(ExpenseRow.THREE_PUBLIC_EXPENSES);
        return DerivedRate.of("“三公经费”控制率", r.currentFinal(), "三公经费本年决算数", r.currentBudget(), "三公经费本年预算数");
    }

    /** 预算调整率 = (current final − current budget) / current budget of 部门整体支出预算调整, before policy exemptions. */
    public DerivedRate budgetAdjustmentRate() {
        AmountRow r = row(ExpenseRow.BUDGET_ADJUSTMENT);
        List<String> missing = new ArrayList<>();
        if (!r.currentFinal().isValue()) {
            missing.add("部门整体支出预算调整本年决算数");
        }
        if (!r.currentBudget().isValue()) {
            missing.add("部门整体支出预算调整本年预算数");
        }
        if (!missing.isEmpty()) {
            return DerivedRate.missing("预算调整率", missing);
        }
        BigDecimal budget = r.currentBudget().value().orElseThrow();
        BigDecimal adjustment = r.currentFinal().value().orElseThrow().subtract(budget);
        return DerivedRate.of("预算调整率", adjustment, budget, "部门整体支出预算调整本年预算数");
    }

    public List<DerivedRate> buildingAreaControlRates() {
        return buildingProjects.stream().map(BuildingProject::areaControlRate).toList();
    }

    public List<DerivedRate> buildingInvestmentControlRates() {
        return buildingProjects.stream().map(BuildingProject::investmentControlRate).toList();
    }

    /** Every figure a template may name, e.g. {@code basicData.staffing.actualHeadcount}, with its Chinese label. */
    public static Map<String, String> knownSources() {
        return SOURCES;
    }

    public static boolean isKnownSource(String path) {
        return SOURCES.containsKey(path);
    }

    /** The cell a template source names; empty when the path names nothing in Attachment 1. */
    public Optional<Cell> source(String path) {
        if (!isKnownSource(path)) {
            return Optional.empty();
        }
        String[] p = path.split("\\.");
        if (p[1].equals("staffing")) {
            return Optional.of(p[2].equals("authorizedHeadcount") ? staffing.authorizedHeadcount() : staffing.actualHeadcount());
        }
        return Optional.of(cell(ExpenseRow.fromKey(p[2]).orElseThrow(), Column.fromKey(p[3]).orElseThrow()));
    }

    private static Map<String, String> sources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SOURCE_PREFIX + "staffing.authorizedHeadcount", "编制数");
        m.put(SOURCE_PREFIX + "staffing.actualHeadcount", "实际在职人数");
        for (ExpenseRow row : ExpenseRow.values()) {
            for (Column column : Column.values()) {
                m.put(SOURCE_PREFIX + "expenseControl." + row.key() + "." + column.key(), "附件1“" + row.label() + "”" + column.label());
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
