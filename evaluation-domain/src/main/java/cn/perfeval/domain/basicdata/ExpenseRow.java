package cn.perfeval.domain.basicdata;

import java.util.Arrays;
import java.util.Optional;

/** The expense-control rows of Attachment 1, in the form's order, with the keys of the interchange format. */
public enum ExpenseRow {
    THREE_PUBLIC_EXPENSES("threePublicExpenses", "三公经费"),
    VEHICLES("vehicles", "公务用车购置和维护经费"),
    VEHICLE_PURCHASE("vehiclePurchase", "公车购置"),
    VEHICLE_OPERATION("vehicleOperation", "公车运行维护"),
    OVERSEAS_TRAVEL("overseasTravel", "出国经费"),
    OFFICIAL_RECEPTION("officialReception", "公务接待"),
    PROJECT_EXPENDITURE("projectExpenditure", "项目支出"),
    BUSINESS_PROJECTS("businessProjects", "业务工作专项"),
    OPERATION_PROJECTS("operationProjects", "运行维护专项"),
    PUBLIC_OPERATING_EXPENSES("publicOperatingExpenses", "公用经费"),
    OFFICE_EXPENSES("officeExpenses", "办公经费"),
    UTILITIES_AND_TRAVEL("utilitiesAndTravel", "水费、电费、差旅费"),
    MEETINGS_AND_TRAINING("meetingsAndTraining", "会议费、培训费"),
    GOVERNMENT_PROCUREMENT("governmentProcurement", "政府采购金额"),
    BUDGET_ADJUSTMENT("budgetAdjustment", "部门整体支出预算调整");

    private final String key;
    private final String label;

    ExpenseRow(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ExpenseRow> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
