package cn.perfeval.domain.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Problem;

/**
 * What an uploaded workbook says, as domain values: 附件1's cells and the self-scores and reasons of 附件2; or, when
 * anything is wrong, every problem at its sheet and cell (附件1!D7) with the field named in Chinese, and nothing else.
 */
public record WorkbookReading(WorkbookMarker marker, Cell authorizedHeadcount, Cell actualHeadcount,
                              Map<ExpenseRow, AmountRow> expenseControl, List<BuildingProject> buildingProjects,
                              String austerityMeasures, Map<String, BigDecimal> selfScores, Map<String, String> reasons,
                              List<Problem> problems) {

    public static WorkbookReading refused(List<Problem> problems) {
        return new WorkbookReading(null, null, null, Map.of(), List.of(), null, Map.of(), Map.of(), List.copyOf(problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
