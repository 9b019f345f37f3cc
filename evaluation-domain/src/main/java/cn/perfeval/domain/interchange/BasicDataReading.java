package cn.perfeval.domain.interchange;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataField;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.basicdata.Staffing;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
                headcount(s, "authorizedHeadcount", child(p, "staffing"), "附件1“编制数”"),
                headcount(s, "actualHeadcount", child(p, "staffing"), "附件1“实际在职人数”"),
                r.optionalText(s, "printedControlRate", child(p, "staffing"), Limits.Text.PRINTED_FIGURE, "附件1“控制率”").orElse(null)))
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
                rows.put(row.get(), new AmountRow(amount(rowNode, row.get(), Column.PRIOR_YEAR_FINAL, rowPath),
                        amount(rowNode, row.get(), Column.CURRENT_BUDGET, rowPath), amount(rowNode, row.get(), Column.CURRENT_FINAL, rowPath)));
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
                String name = r.optionalText(b, "name", bp, Limits.Text.NAME, "附件1楼堂馆所项目名称").orElse(null);
                String what = "附件1楼堂馆所" + (name == null ? "第" + (i + 1) + "项" : "“" + name + "”");
                projects.add(new BuildingProject(name,
                        cell(b, "approvedArea", bp, Limits.Figure.AREA, what + "批复规模"),
                        cell(b, "actualArea", bp, Limits.Figure.AREA, what + "实际规模"),
                        r.optionalText(b, "printedAreaControlRate", bp, Limits.Text.PRINTED_FIGURE, what + "规模控制率").orElse(null),
                        cell(b, "budgetedInvestment", bp, Limits.Figure.AMOUNT, what + "预算投资"),
                        cell(b, "actualInvestment", bp, Limits.Figure.AMOUNT, what + "实际投资"),
                        r.optionalText(b, "printedInvestmentControlRate", bp, Limits.Text.PRINTED_FIGURE, what + "投资概算控制率").orElse(null)));
            }
        });
        return new BasicDataSheet(staffing, rows, projects,
                r.optionalText(n, "austerityMeasures", p, Limits.Text.PARAGRAPH, "附件1“厉行节约保障措施”").orElse(null),
                r.optionalText(n, "note", p, Limits.Text.PARAGRAPH, "附件1说明").orElse(null), carried(n, p));
    }

    /** Which cells a draft took from last year: field path → where from. */
    private Map<String, String> carried(JsonNode n, String p) {
        Map<String, String> carried = new LinkedHashMap<>();
        r.optionalObject(n, "carried", p).ifPresent(c -> {
            for (String field : c.propertyNames()) {
                String path = child(child(p, "carried"), field);
                if (BasicDataField.resolve(field).filter(f -> f.size() == 1).isEmpty()) {
                    r.problem(path, "附件1中没有“" + field + "”这一格");
                    continue;
                }
                r.limitedText(Limits.Text.NAME, r.text(c.get(field), path), path, "结转来源").ifPresent(from -> carried.put(field, from));
            }
        });
        return carried;
    }

    private Cell amount(JsonNode rowNode, ExpenseRow row, Column column, String rowPath) {
        return cell(rowNode, column.key(), rowPath, Limits.Figure.AMOUNT, "附件1“" + row.label() + "”" + column.label());
    }

    private Cell cell(JsonNode parent, String key, String parentPath, Limits.Figure figure, String label) {
        JsonNode n = parent.get(key);
        String path = child(parentPath, key);
        if (n == null || n.isNull()) {
            return Cell.blank();
        }
        if (n.isString() && n.stringValue().equals(EvaluationDocumentCodec.NOT_APPLICABLE)) {
            return Cell.notApplicable();
        }
        if (!n.isNumber()) {
            r.problem(path, "应为数字（万元）、空白或“——”（不适用），实际为“" + JsonReading.shown(n) + "”");
            return Cell.blank();
        }
        return r.limited(figure, r.number(n, path, true), path, label).map(Cell::of).orElse(Cell.blank());
    }

    private Cell headcount(JsonNode parent, String key, String parentPath, String label) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Cell.blank();
        }
        if (n.isString() && n.stringValue().equals(EvaluationDocumentCodec.NOT_APPLICABLE)) {
            return Cell.notApplicable();
        }
        String path = child(parentPath, key);
        return r.count(n, path).flatMap(c -> r.limited(Limits.Figure.HEADCOUNT, Optional.of(n.decimalValue()), path, label))
                .map(Cell::of).orElse(Cell.blank());
    }
}
