package cn.perfeval.domain.interchange;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.report.StaffingFacts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Writes an evaluation as the interchange document, so that reading it back gives the same evaluation. */
final class EvaluationDocumentWriter {

    private static final int FORMAT_VERSION = EvaluationDocumentCodec.FORMAT_VERSION;
    private static final String NOT_APPLICABLE = EvaluationDocumentCodec.NOT_APPLICABLE;

    String write(Evaluation e) {
        return Json.write(toJson(e));
    }

    ObjectNode toJson(Evaluation e) {
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        if (e.source() != null) {
            root.put("source", e.source());
        }
        root.put("year", e.year());
        ObjectNode unit = root.putObject("unit");
        unit.put("name", e.unit().name());
        putText(unit, "shortName", e.unit().shortName());
        putText(unit, "type", e.unit().type());
        root.put("templateCode", e.templateCode());
        putText(root, "amountUnit", e.amountUnit());
        root.set("basicData", basicData(e.basicData()));
        root.set("scoreSheet", scoreSheet(e.scoreSheet()));
        root.set("report", report(e.report()));
        return root;
    }

    private ObjectNode basicData(BasicDataSheet b) {
        ObjectNode o = Json.object();
        ObjectNode staffing = o.putObject("staffing");
        putCell(staffing, "authorizedHeadcount", b.staffing().authorizedHeadcount());
        putCell(staffing, "actualHeadcount", b.staffing().actualHeadcount());
        putText(staffing, "printedControlRate", b.staffing().printedControlRate());
        ObjectNode ec = o.putObject("expenseControl");
        for (ExpenseRow row : ExpenseRow.values()) {
            ObjectNode ro = ec.putObject(row.key());
            for (Column c : Column.values()) {
                putCell(ro, c.key(), b.cell(row, c));
            }
        }
        ArrayNode projects = o.putArray("buildingProjects");
        for (BuildingProject p : b.buildingProjects()) {
            ObjectNode po = projects.addObject();
            putText(po, "name", p.name());
            putCell(po, "approvedArea", p.approvedArea());
            putCell(po, "actualArea", p.actualArea());
            putText(po, "printedAreaControlRate", p.printedAreaControlRate());
            putCell(po, "budgetedInvestment", p.budgetedInvestment());
            putCell(po, "actualInvestment", p.actualInvestment());
            putText(po, "printedInvestmentControlRate", p.printedInvestmentControlRate());
        }
        putText(o, "austerityMeasures", b.austerityMeasures());
        putText(o, "note", b.note());
        if (!b.carried().isEmpty()) {
            ObjectNode carried = o.putObject("carried");
            b.carried().forEach(carried::put);
        }
        return o;
    }

    private ObjectNode scoreSheet(ScoreSheet s) {
        ObjectNode o = Json.object();
        ObjectNode self = o.putObject("selfScores");
        s.selfScores().forEach(self::put);
        if (!s.inputs().isEmpty()) {
            ObjectNode inputs = o.putObject("inputs");
            s.inputs().forEach((code, values) -> {
                ObjectNode forCode = inputs.putObject(code);
                values.forEach((name, v) -> {
                    if (v instanceof InputValue.YesNo y) {
                        forCode.put(name, y.value());
                    } else if (v instanceof InputValue.Number num) {
                        forCode.put(name, num.value());
                    } else if (v instanceof InputValue.Text t) {
                        forCode.put(name, t.value());
                    }
                });
            });
        }
        if (!s.reasons().isEmpty()) {
            ObjectNode reasons = o.putObject("reasons");
            s.reasons().forEach(reasons::put);
        }
        putText(o, "note", s.note());
        return o;
    }

    private ObjectNode report(SelfEvaluationReport rep) {
        ObjectNode o = Json.object();
        putText(o, "title", rep.title());
        StaffingFacts f = rep.staffingFacts();
        if (!f.equals(StaffingFacts.NONE)) {
            ObjectNode fo = o.putObject("staffingFacts");
            putInt(fo, "administrativePosts", f.administrativePosts());
            putInt(fo, "institutionPosts", f.institutionPosts());
            putInt(fo, "onStaffIncludingTalentAndMilitaryFamily", f.onStaffIncludingTalentAndMilitaryFamily());
            putInt(fo, "retiredInSocialInsurance", f.retiredInSocialInsurance());
            putInt(fo, "retiredSelfFunded", f.retiredSelfFunded());
            putInt(fo, "attachedStudents", f.attachedStudents());
            putInt(fo, "contractEmployees", f.contractEmployees());
        }
        Expenditure x = rep.expenditure();
        if (!x.equals(Expenditure.NONE)) {
            ObjectNode xo = o.putObject("expenditure");
            putNumber(xo, "total", x.total());
            putNumber(xo, "basic", x.basic());
            putNumber(xo, "project", x.project());
            if (!x.basicByEconomic().equals(Expenditure.BasicByEconomic.NONE)) {
                ObjectNode bo = xo.putObject("basicByEconomic");
                putNumber(bo, "personnel", x.basicByEconomic().personnel());
                putNumber(bo, "publicOperating", x.basicByEconomic().publicOperating());
            }
            ArrayNode byFunction = xo.putArray("byFunction");
            x.byFunction().forEach(a -> byFunction.addArray().add(a.name()).add(a.amount()));
            ArrayNode projectByFunction = xo.putArray("projectByFunction");
            x.projectByFunction().forEach(a -> projectByFunction.addArray().add(a.name()).add(a.amount()));
            ArrayNode economic = xo.putArray("projectByEconomic");
            x.projectByEconomic().forEach(a -> {
                ArrayNode item = economic.addArray().add(a.name()).add(a.amount());
                if (a.printedPercent() != null) {
                    item.add(a.printedPercent());
                }
            });
            putNumber(xo, "threePublicExpensesFinal", x.threePublicExpensesFinal());
            putInt(xo, "officialVehiclesKept", x.officialVehiclesKept());
        }
        ArrayNode sections = o.putArray("sections");
        for (ReportSection s : rep.sections()) {
            ObjectNode so = sections.addObject().put("key", s.key()).put("title", s.title()).put("text", s.text());
            if (s.fromPreviousYear()) {
                so.put("fromPreviousYear", true);
            }
        }
        return o;
    }

    private static void putCell(ObjectNode o, String key, Cell c) {
        switch (c.state()) {
            case BLANK -> o.putNull(key);
            case NOT_APPLICABLE -> o.put(key, NOT_APPLICABLE);
            case VALUE -> o.put(key, c.value().orElseThrow());
        }
    }

    private static void putText(ObjectNode o, String key, String v) {
        if (v != null) {
            o.put(key, v);
        }
    }

    private static void putNumber(ObjectNode o, String key, BigDecimal v) {
        if (v != null) {
            o.put(key, v);
        }
    }

    private static void putInt(ObjectNode o, String key, Integer v) {
        if (v != null) {
            o.put(key, v);
        }
    }
}
