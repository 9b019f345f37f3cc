package cn.perfeval.domain.basicdata;

import java.util.Objects;

/** One expense-control row: prior-year final, current budget, current final (万元). */
public record AmountRow(Cell priorYearFinal, Cell currentBudget, Cell currentFinal) {

    public static final AmountRow BLANK = new AmountRow(Cell.blank(), Cell.blank(), Cell.blank());

    public AmountRow {
        Objects.requireNonNull(priorYearFinal);
        Objects.requireNonNull(currentBudget);
        Objects.requireNonNull(currentFinal);
    }

    public Cell cell(Column column) {
        return switch (column) {
            case PRIOR_YEAR_FINAL -> priorYearFinal;
            case CURRENT_BUDGET -> currentBudget;
            case CURRENT_FINAL -> currentFinal;
        };
    }

    public boolean allBlank() {
        return priorYearFinal.isBlank() && currentBudget.isBlank() && currentFinal.isBlank();
    }
}
