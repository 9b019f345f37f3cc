package cn.perfeval.report.model;

import java.util.Objects;

/**
 * Everything the renderers print for one evaluation (one unit, one year): the read model. Immutable; built by
 * {@link ReportModelAssembler} from the domain, or directly (tests, previews).
 *
 * @param unitName      full name, e.g. 长沙市雨花区高桥街道办事处 (填报单位)
 * @param unitShortName short name used in titles and file names, e.g. 高桥街道办事处 ({@code null}: the full name)
 */
public record EvaluationReportModel(String unitName, String unitShortName, int year, String title,
                                    BasicDataView basicData, ScoreSheetView scoreSheet, SelfReportView report) {

    public EvaluationReportModel {
        unitName = Texts.clean(unitName);
        unitShortName = unitShortName == null || unitShortName.isBlank() ? unitName : Texts.clean(unitShortName);
        title = title == null || title.isBlank()
                ? year + "年度" + unitShortName + "整体支出绩效自评报告" : Texts.clean(title);
        Objects.requireNonNull(basicData, "basicData");
        Objects.requireNonNull(scoreSheet, "scoreSheet");
        Objects.requireNonNull(report, "report");
    }
}
