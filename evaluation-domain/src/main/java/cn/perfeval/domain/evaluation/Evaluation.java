package cn.perfeval.domain.evaluation;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.report.SelfEvaluationReport;

import java.util.Objects;

/**
 * One unit's overall expenditure performance self-evaluation for one year: its three attachments and the template
 * it is scored by. {@code source} and {@code amountUnit} are carried as the document gives them (may be null).
 */
public record Evaluation(UnitRef unit,
                         int year,
                         String templateCode,
                         BasicDataSheet basicData,
                         ScoreSheet scoreSheet,
                         SelfEvaluationReport report,
                         String source,
                         String amountUnit) {

    public Evaluation {
        Objects.requireNonNull(unit);
        Objects.requireNonNull(templateCode);
        Objects.requireNonNull(basicData);
        Objects.requireNonNull(scoreSheet);
        Objects.requireNonNull(report);
    }

    public Evaluation(UnitRef unit, int year, String templateCode, BasicDataSheet basicData, ScoreSheet scoreSheet,
                      SelfEvaluationReport report) {
        this(unit, year, templateCode, basicData, scoreSheet, report, null, "万元");
    }

    public Evaluation withScoreSheet(ScoreSheet sheet) {
        return new Evaluation(unit, year, templateCode, basicData, sheet, report, source, amountUnit);
    }

    public Evaluation withBasicData(BasicDataSheet sheet) {
        return new Evaluation(unit, year, templateCode, sheet, scoreSheet, report, source, amountUnit);
    }

    public Evaluation withReport(SelfEvaluationReport r) {
        return new Evaluation(unit, year, templateCode, basicData, scoreSheet, r, source, amountUnit);
    }
}
