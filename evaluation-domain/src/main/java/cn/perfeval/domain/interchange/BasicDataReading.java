package cn.perfeval.domain.interchange;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.basicdata.Staffing;
import cn.perfeval.domain.common.JsonReading;
import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/** Reads Attachment 1 (基础数据表) of the interchange document: cells are a number, null (blank) or NOT_APPLICABLE (——). */
final class BasicDataReading {

    private final JsonReading r;

    BasicDataReading(JsonReading r) {
        this.r = r;
    }

    BasicDataSheet basicData(JsonNode n) {
        String p = "$.basicData";
        Staffing staffing = r.requiredObject(n, "staffing", p).map(s -> new Staffing(
                headcount(s, "authorizedHeadcount", child(p, "staffing")),
                headcount(s, "actualHeadcount", child(p, "staffing")),
                r.optionalText(s, "printedControlRate", child(p, "staffing")).orElse(null)))
                .orElse(new Staffing(Cell.blank(), Cell.blank(), null));
        Map<ExpenseRow, AmountRow> rows = new EnumMap<>(ExpenseRow.class);
        r.optionalObject(n, "expenseControl", p).ifPresent(ec -> {
            String ecPath = child(p, "expenseControl");
            for (String key : ec.propertyNames()) {
                String rowPath = child(ecPath, key);
                Optional<ExpenseRow> row = ExpenseRow.fromKey(key);
                if (row.isEmpty()) {
                    r.problem(rowPath, "附件1中没有“" + key + "”这一行");
                    continue;
                }
                JsonNode rowNode = ec.get(key);
                if (!rowNode.isObject()) {
                    r.problem(rowPath, "应为JSON对象");
                    continue;
                }
                for (String col : rowNode.propertyNames()) {
                    if (Column.fromKey(col).isEmpty()) {
                        r.problem(child(rowPath, col), "未知的列“" + col + "”，应为 priorYearFinal、currentBudget 或 currentFinal");
                    }
                }
                rows.put(row.get(), new AmountRow(cell(rowNode, Column.PRIOR_YEAR_FINAL.key(), rowPath),
                        cell(rowNode, Column.CURRENT_BUDGET.key(), rowPath), cell(rowNode, Column.CURRENT_FINAL.key(), rowPath)));
            }
        });
        List<BuildingProject> projects = new ArrayList<>();
        r.optionalArray(n, "buildingProjects", p).ifPresent(arr -> {
            for (int i = 0; i < arr.size(); i++) {
                String bp = index(child(p, "buildingProjects"), i);
                JsonNode b = arr.get(i);
                if (!b.isObject()) {
                    r.problem(bp, "应为JSON对象");
                    continue;
                }
                projects.add(new BuildingProject(r.optionalText(b, "name", bp).orElse(null),
                        cell(b, "approvedArea", bp), cell(b, "actualArea", bp),
                        r.optionalText(b, "printedAreaControlRate", bp).orElse(null),
                        cell(b, "budgetedInvestment", bp), cell(b, "actualInvestment", bp),
                        r.optionalText(b, "printedInvestmentControlRate", bp).orElse(null)));
            }
        });
        return new BasicDataSheet(staffing, rows, projects,
                r.optionalText(n, "austerityMeasures", p).orElse(null), r.optionalText(n, "note", p).orElse(null));
    }

    private Cell cell(JsonNode parent, String key, String parentPath) {
        JsonNode n = parent.get(key);
        String path = child(parentPath, key);
        if (n == null || n.isNull()) {
            return Cell.blank();
        }
        if (n.isString() && n.stringValue().equals(EvaluationDocumentCodec.NOT_APPLICABLE)) {
            return Cell.notApplicable();
        }
        if (!n.isNumber()) {
            r.problem(path, "应为数字（万元）、null（空白）或 \"NOT_APPLICABLE\"（——），实际为“" + JsonReading.shown(n) + "”");
            return Cell.blank();
        }
        return r.number(n, path, true).map(Cell::of).orElse(Cell.blank());
    }

    private Cell headcount(JsonNode parent, String key, String parentPath) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Cell.blank();
        }
        if (n.isString() && n.stringValue().equals(EvaluationDocumentCodec.NOT_APPLICABLE)) {
            return Cell.notApplicable();
        }
        return r.count(n, child(parentPath, key)).map(c -> Cell.of(n.decimalValue())).orElse(Cell.blank());
    }
}
