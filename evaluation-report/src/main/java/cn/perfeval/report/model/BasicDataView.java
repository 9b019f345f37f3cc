package cn.perfeval.report.model;

import java.util.List;
import java.util.Objects;

/** Attachment 1 (部门整体支出绩效自评基础数据表) as printed. */
public record BasicDataView(Staffing staffing, List<ExpenseRow> expenseRows, List<BuildingProject> buildingProjects,
                            String austerityMeasures, String amountUnit, String note) {

    /** The form's own 说明, printed under the table when the unit wrote none (the editor shows it the same way). */
    public static final String STANDARD_NOTE = "说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况，包括业务工作项目、"
            + "运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。";

    public BasicDataView(Staffing staffing, List<ExpenseRow> expenseRows, List<BuildingProject> buildingProjects,
                         String austerityMeasures, String amountUnit) {
        this(staffing, expenseRows, buildingProjects, austerityMeasures, amountUnit, null);
    }

    public BasicDataView {
        staffing = Objects.requireNonNullElse(staffing, new Staffing(null, null));
        expenseRows = List.copyOf(expenseRows);
        buildingProjects = buildingProjects == null ? List.of() : List.copyOf(buildingProjects);
        austerityMeasures = Texts.clean(austerityMeasures);
        amountUnit = amountUnit == null || amountUnit.isBlank() ? "万元" : Texts.clean(amountUnit);
        note = note == null || note.isBlank() ? STANDARD_NOTE : Texts.clean(note);
    }
}
