package cn.perfeval.report.model;

import java.util.List;
import java.util.Objects;

/** Attachment 1 (部门整体支出绩效自评基础数据表) as printed. */
public record BasicDataView(Staffing staffing, List<ExpenseRow> expenseRows, List<BuildingProject> buildingProjects,
                            String austerityMeasures, String amountUnit) {

    public BasicDataView {
        staffing = Objects.requireNonNullElse(staffing, new Staffing(null, null));
        expenseRows = List.copyOf(expenseRows);
        buildingProjects = buildingProjects == null ? List.of() : List.copyOf(buildingProjects);
        austerityMeasures = Texts.clean(austerityMeasures);
        amountUnit = amountUnit == null || amountUnit.isBlank() ? "万元" : Texts.clean(amountUnit);
    }
}
