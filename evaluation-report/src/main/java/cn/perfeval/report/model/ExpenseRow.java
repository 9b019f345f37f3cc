package cn.perfeval.report.model;

import java.util.Objects;

/**
 * One row of Attachment 1's 经费控制情况: label, indentation level (0 top, 1 "1、…", 2 "其中：…"), and the three columns
 * 上年决算数 / 本年预算数 / 本年决算数.
 */
public record ExpenseRow(String key, String label, int indent, Cell priorYearFinal, Cell currentBudget, Cell currentFinal) {

    public ExpenseRow {
        key = Texts.clean(key);
        label = Texts.clean(label);
        if (indent < 0 || indent > 3) {
            throw new IllegalArgumentException("indent 0..3: " + indent);
        }
        priorYearFinal = Objects.requireNonNullElse(priorYearFinal, Cell.blank());
        currentBudget = Objects.requireNonNullElse(currentBudget, Cell.blank());
        currentFinal = Objects.requireNonNullElse(currentFinal, Cell.blank());
    }

    public java.util.List<Cell> cells() {
        return java.util.List.of(priorYearFinal, currentBudget, currentFinal);
    }
}
