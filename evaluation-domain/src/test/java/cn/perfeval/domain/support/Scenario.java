package cn.perfeval.domain.support;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.basicdata.Staffing;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.scoring.IndicatorScore;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.IndicatorTemplate;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The seed evaluation with some figures changed, scored by a template: a compact way to state one case. */
public final class Scenario {

    private Evaluation evaluation;
    private final IndicatorTemplate template;

    private Scenario(Evaluation evaluation, IndicatorTemplate template) {
        this.evaluation = evaluation;
        this.template = template;
    }

    public static Scenario seed() {
        return new Scenario(Fixtures.gaoqiao(), BuiltInTemplates.yuhua2020());
    }

    public static Scenario seedWith(IndicatorTemplate template) {
        return new Scenario(Fixtures.gaoqiao(), template);
    }

    public Scenario headcount(String actual, String authorized) {
        BasicDataSheet b = evaluation.basicData();
        evaluation = evaluation.withBasicData(new BasicDataSheet(new Staffing(Cell.of(authorized), Cell.of(actual), null),
                b.expenseControl(), b.buildingProjects(), b.austerityMeasures(), b.note()));
        return this;
    }

    public Scenario row(ExpenseRow row, Cell prior, Cell budget, Cell finalAmount) {
        BasicDataSheet b = evaluation.basicData();
        Map<ExpenseRow, AmountRow> rows = new EnumMap<>(b.expenseControl());
        rows.put(row, new AmountRow(prior, budget, finalAmount));
        evaluation = evaluation.withBasicData(new BasicDataSheet(b.staffing(), rows, b.buildingProjects(), b.austerityMeasures(), b.note()));
        return this;
    }

    public Scenario row(ExpenseRow row, String budget, String finalAmount) {
        return row(row, evaluation.basicData().row(row).priorYearFinal(), Cell.of(budget), Cell.of(finalAmount));
    }

    public Scenario input(String code, String name, String number) {
        return input(code, name, new InputValue.Number(new BigDecimal(number)));
    }

    public Scenario input(String code, String name, boolean yes) {
        return input(code, name, new InputValue.YesNo(yes));
    }

    public Scenario choice(String code, String name, String text) {
        return input(code, name, new InputValue.Text(text));
    }

    public Scenario input(String code, String name, InputValue value) {
        evaluation = evaluation.withScoreSheet(evaluation.scoreSheet().withInput(code, name, value));
        return this;
    }

    public Scenario selfScore(String code, String score) {
        evaluation = evaluation.withScoreSheet(evaluation.scoreSheet().withSelfScore(code, new BigDecimal(score)));
        return this;
    }

    public Scenario reason(String code, String reason) {
        evaluation = evaluation.withScoreSheet(evaluation.scoreSheet().withReason(code, reason));
        return this;
    }

    public IndicatorScore score(String code) {
        return new ScoringEngine().scoreOne(evaluation, template, code).orElseThrow();
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public IndicatorTemplate template() {
        return template;
    }
}
