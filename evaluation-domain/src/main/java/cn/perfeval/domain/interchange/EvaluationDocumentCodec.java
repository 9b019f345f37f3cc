package cn.perfeval.domain.interchange;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.BuildingProject;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.basicdata.Staffing;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.report.EconomicShare;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.NamedAmount;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SectionKey;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.report.StaffingFacts;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.InputSpec;
import cn.perfeval.domain.template.Rule;
import cn.perfeval.domain.template.TemplateRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/**
 * Reads and writes the evaluation interchange document (the format of fixtures/gaoqiao-2020.json). Reading checks the
 * document against its template and lists every problem with its JSON path; nothing is returned when there is any.
 * A top-level {@code expected} block (test fixtures) is ignored, as are other unknown fields.
 */
public final class EvaluationDocumentCodec {

    public static final int FORMAT_VERSION = 1;
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    private static final String AMOUNT_UNIT = "万元";

    public EvaluationImport read(String json, TemplateRegistry templates) {
        JsonReading r = new JsonReading();
        Optional<JsonNode> root = Json.parse(json, r);
        if (root.isEmpty()) {
            return EvaluationImport.failed(r.problems());
        }
        return read(root.get(), templates, r);
    }

    /** Reads a document already parsed, as the stored parts are: no text round trip. */
    public EvaluationImport read(JsonNode root, TemplateRegistry templates) {
        return read(root, templates, new JsonReading());
    }

    private static EvaluationImport read(JsonNode root, TemplateRegistry templates, JsonReading r) {
        Evaluation e = new Reader(r, templates).evaluation(root);
        return r.hasProblems() ? EvaluationImport.failed(r.problems()) : EvaluationImport.of(e);
    }

    private static final class Reader {
        private final JsonReading r;
        private final TemplateRegistry templates;

        Reader(JsonReading r, TemplateRegistry templates) {
            this.r = r;
            this.templates = templates;
        }

        Evaluation evaluation(JsonNode root) {
            r.optionalNumber(root, "formatVersion", "$", true).ifPresent(v -> {
                if (v.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
                    r.problem("$.formatVersion", "不支持的格式版本" + v.toPlainString() + "，应为" + FORMAT_VERSION);
                }
            });
            String source = r.optionalText(root, "source", "$").orElse(null);
            int year = r.requiredCount(root, "year", "$").orElse(0);
            UnitRef unit = r.requiredObject(root, "unit", "$").map(this::unit).orElse(null);
            Optional<String> templateCode = r.requiredText(root, "templateCode", "$");
            IndicatorTemplate template = templateCode.flatMap(code -> {
                Optional<IndicatorTemplate> t = templates.find(code);
                if (t.isEmpty()) {
                    r.problem("$.templateCode", "未知的指标模板“" + code + "”");
                }
                return t;
            }).orElse(null);
            String amountUnit = r.optionalText(root, "amountUnit", "$").orElse(null);
            if (amountUnit != null && !amountUnit.equals(AMOUNT_UNIT)) {
                r.problem("$.amountUnit", "金额单位应为“万元”，实际为“" + amountUnit + "”");
            }
            BasicDataSheet basicData = r.requiredObject(root, "basicData", "$").map(this::basicData).orElse(null);
            ScoreSheet scoreSheet = r.optionalObject(root, "scoreSheet", "$").map(n -> scoreSheet(n, template)).orElse(ScoreSheet.EMPTY);
            SelfEvaluationReport report = r.optionalObject(root, "report", "$").map(this::report)
                    .orElse(new SelfEvaluationReport(null, null, null, null));
            if (r.hasProblems()) {
                return null;
            }
            return new Evaluation(unit, year, templateCode.orElseThrow(), basicData, scoreSheet, report, source, amountUnit);
        }

        private UnitRef unit(JsonNode n) {
            String name = r.requiredText(n, "name", "$.unit").orElse("");
            return new UnitRef(name, r.optionalText(n, "shortName", "$.unit").orElse(null), r.optionalText(n, "type", "$.unit").orElse(null));
        }

        // ------------------------------------------------------------ Attachment 1

        private BasicDataSheet basicData(JsonNode n) {
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
            if (n.isString() && n.stringValue().equals(NOT_APPLICABLE)) {
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
            if (n.isString() && n.stringValue().equals(NOT_APPLICABLE)) {
                return Cell.notApplicable();
            }
            return r.count(n, child(parentPath, key)).map(c -> Cell.of(n.decimalValue())).orElse(Cell.blank());
        }

        // ------------------------------------------------------------ Attachment 2

        private ScoreSheet scoreSheet(JsonNode n, IndicatorTemplate template) {
            String p = "$.scoreSheet";
            Map<String, BigDecimal> selfScores = new LinkedHashMap<>();
            r.optionalObject(n, "selfScores", p).ifPresent(s -> {
                for (String code : s.propertyNames()) {
                    String path = child(child(p, "selfScores"), code);
                    Optional<Indicator> leaf = leaf(template, code, path);
                    r.number(s.get(code), path, true).ifPresent(v -> {
                        leaf.ifPresent(l -> {
                            if (v.compareTo(l.weight()) > 0) {
                                r.problem(path, "自评得分" + v.toPlainString() + "超过指标“" + code + " " + l.name() + "”的分值" + Decimals.plain(l.weight()));
                            }
                        });
                        selfScores.put(code, v);
                    });
                }
            });
            Map<String, Map<String, InputValue>> inputs = new LinkedHashMap<>();
            r.optionalObject(n, "inputs", p).ifPresent(in -> {
                for (String code : in.propertyNames()) {
                    String codePath = child(child(p, "inputs"), code);
                    Optional<Indicator> leaf = leaf(template, code, codePath);
                    JsonNode values = in.get(code);
                    if (!values.isObject()) {
                        r.problem(codePath, "应为JSON对象（输入项名称 → 值）");
                        continue;
                    }
                    Map<String, InputValue> forCode = new LinkedHashMap<>();
                    for (String name : values.propertyNames()) {
                        String path = child(codePath, name);
                        JsonNode v = values.get(name);
                        if (v.isNull()) {
                            continue;
                        }
                        if (leaf.isEmpty()) {
                            untypedInput(v, path).ifPresent(x -> forCode.put(name, x));
                            continue;
                        }
                        Rule rule = leaf.get().rule();
                        Optional<InputSpec> spec = rule == null ? Optional.empty() : rule.input(name);
                        if (spec.isEmpty()) {
                            r.problem(path, "指标“" + code + "”的评分规则没有输入项“" + name + "”");
                            continue;
                        }
                        input(v, path, spec.get(), rule).ifPresent(x -> forCode.put(name, x));
                    }
                    inputs.put(code, forCode);
                }
            });
            Map<String, String> reasons = new LinkedHashMap<>();
            r.optionalObject(n, "reasons", p).ifPresent(rs -> {
                for (String code : rs.propertyNames()) {
                    String path = child(child(p, "reasons"), code);
                    leaf(template, code, path);
                    if (!rs.get(code).isNull()) {
                        r.text(rs.get(code), path).ifPresent(t -> reasons.put(code, t));
                    }
                }
            });
            return new ScoreSheet(selfScores, inputs, reasons, r.optionalText(n, "note", p).orElse(null));
        }

        private Optional<Indicator> leaf(IndicatorTemplate template, String code, String path) {
            if (template == null) {
                return Optional.empty();
            }
            Optional<Indicator> leaf = template.leaf(code);
            if (leaf.isEmpty()) {
                r.problem(path, template.find(code).isPresent()
                        ? "“" + code + "”不是末级指标，不能直接评分"
                        : "指标模板“" + template.code() + "”中没有指标“" + code + "”");
            }
            return leaf;
        }

        private Optional<InputValue> input(JsonNode v, String path, InputSpec spec, Rule rule) {
            switch (spec.type()) {
                case YES_NO -> {
                    if (!v.isBoolean()) {
                        r.problem(path, "“" + spec.label() + "”应为 true（是）或 false（否）");
                        return Optional.empty();
                    }
                    return Optional.of(new InputValue.YesNo(v.booleanValue()));
                }
                case COUNT -> {
                    return r.count(v, path).map(c -> new InputValue.Number(v.decimalValue()));
                }
                case AMOUNT, PERCENT -> {
                    return r.number(v, path, true).map(InputValue.Number::new);
                }
                case SCORE -> {
                    Optional<BigDecimal> score = r.number(v, path, true);
                    Optional<BigDecimal> max = rule.scoreMax(spec.name());
                    if (score.isPresent() && max.isPresent() && score.get().compareTo(max.get()) > 0) {
                        r.problem(path, "“" + spec.label() + "”为" + score.get().toPlainString() + "，超过上限" + Decimals.plain(max.get()) + "分");
                        return Optional.empty();
                    }
                    return score.map(InputValue.Number::new);
                }
                case CHOICE -> {
                    Optional<String> choice = r.text(v, path);
                    List<String> allowed = rule.choices(spec.name());
                    if (choice.isPresent() && !allowed.contains(choice.get())) {
                        r.problem(path, "“" + choice.get() + "”不是“" + spec.label() + "”的可选项，应为" + String.join("、", allowed) + "之一");
                        return Optional.empty();
                    }
                    return choice.map(InputValue.Text::new);
                }
                default -> {
                    return r.text(v, path).map(InputValue.Text::new);
                }
            }
        }

        private Optional<InputValue> untypedInput(JsonNode v, String path) {
            if (v.isBoolean()) {
                return Optional.of(new InputValue.YesNo(v.booleanValue()));
            }
            if (v.isNumber()) {
                return Optional.of(new InputValue.Number(v.decimalValue()));
            }
            return r.text(v, path).map(InputValue.Text::new);
        }

        // ------------------------------------------------------------ Attachment 3

        private SelfEvaluationReport report(JsonNode n) {
            String p = "$.report";
            String title = r.optionalText(n, "title", p).orElse(null);
            StaffingFacts facts = r.optionalObject(n, "staffingFacts", p).map(f -> {
                String fp = child(p, "staffingFacts");
                return new StaffingFacts(
                        r.optionalCount(f, "administrativePosts", fp).orElse(null),
                        r.optionalCount(f, "institutionPosts", fp).orElse(null),
                        r.optionalCount(f, "onStaffIncludingTalentAndMilitaryFamily", fp).orElse(null),
                        r.optionalCount(f, "retiredInSocialInsurance", fp).orElse(null),
                        r.optionalCount(f, "retiredSelfFunded", fp).orElse(null),
                        r.optionalCount(f, "attachedStudents", fp).orElse(null),
                        r.optionalCount(f, "contractEmployees", fp).orElse(null));
            }).orElse(null);
            Expenditure expenditure = r.optionalObject(n, "expenditure", p).map(this::expenditure).orElse(null);
            List<ReportSection> sections = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            r.optionalArray(n, "sections", p).ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    String sp = index(child(p, "sections"), i);
                    JsonNode s = arr.get(i);
                    if (!s.isObject()) {
                        r.problem(sp, "应为JSON对象");
                        continue;
                    }
                    Optional<String> key = r.requiredText(s, "key", sp);
                    key.ifPresent(k -> {
                        if (SectionKey.fromKey(k).isEmpty()) {
                            r.problem(child(sp, "key"), "未知的报告章节“" + k + "”");
                        } else if (!keys.add(k)) {
                            r.problem(child(sp, "key"), "报告章节“" + k + "”重复");
                        }
                    });
                    String sectionTitle = r.optionalText(s, "title", sp)
                            .orElse(key.flatMap(SectionKey::fromKey).map(SectionKey::title).orElse(""));
                    String text = r.optionalText(s, "text", sp).orElse("");
                    key.ifPresent(k -> sections.add(new ReportSection(k, sectionTitle, text)));
                }
            });
            return new SelfEvaluationReport(title, facts, expenditure, sections);
        }

        private Expenditure expenditure(JsonNode n) {
            String p = "$.report.expenditure";
            Expenditure.BasicByEconomic basicByEconomic = r.optionalObject(n, "basicByEconomic", p)
                    .map(b -> new Expenditure.BasicByEconomic(
                            r.optionalNumber(b, "personnel", child(p, "basicByEconomic"), true).orElse(null),
                            r.optionalNumber(b, "publicOperating", child(p, "basicByEconomic"), true).orElse(null)))
                    .orElse(null);
            List<EconomicShare> economic = new ArrayList<>();
            r.optionalArray(n, "projectByEconomic", p).ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    String ep = index(child(p, "projectByEconomic"), i);
                    JsonNode e = arr.get(i);
                    if (!e.isArray() || e.size() < 2 || e.size() > 3) {
                        r.problem(ep, "应为 [名称, 金额] 或 [名称, 金额, \"百分比%\"]");
                        continue;
                    }
                    Optional<String> name = r.text(e.get(0), index(ep, 0));
                    Optional<BigDecimal> amount = r.number(e.get(1), index(ep, 1), true);
                    String printed = null;
                    if (e.size() == 3 && !e.get(2).isNull()) {
                        printed = r.text(e.get(2), index(ep, 2)).orElse(null);
                        if (printed != null && Decimals.parsePercent(printed).isEmpty()) {
                            r.problem(index(ep, 2), "百分比格式应如“13.07%”，实际为“" + printed + "”");
                        }
                    }
                    if (name.isPresent() && amount.isPresent()) {
                        economic.add(new EconomicShare(name.get(), amount.get(), printed));
                    }
                }
            });
            return new Expenditure(
                    r.optionalNumber(n, "total", p, true).orElse(null),
                    r.optionalNumber(n, "basic", p, true).orElse(null),
                    r.optionalNumber(n, "project", p, true).orElse(null),
                    basicByEconomic,
                    namedAmounts(n, "byFunction", p),
                    namedAmounts(n, "projectByFunction", p),
                    economic,
                    r.optionalNumber(n, "threePublicExpensesFinal", p, true).orElse(null),
                    r.optionalCount(n, "officialVehiclesKept", p).orElse(null));
        }

        private List<NamedAmount> namedAmounts(JsonNode n, String key, String p) {
            List<NamedAmount> list = new ArrayList<>();
            r.optionalArray(n, key, p).ifPresent(arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    String ep = index(child(p, key), i);
                    JsonNode e = arr.get(i);
                    if (!e.isArray() || e.size() != 2) {
                        r.problem(ep, "应为 [名称, 金额]");
                        continue;
                    }
                    Optional<String> name = r.text(e.get(0), index(ep, 0));
                    Optional<BigDecimal> amount = r.number(e.get(1), index(ep, 1), true);
                    if (name.isPresent() && amount.isPresent()) {
                        list.add(new NamedAmount(name.get(), amount.get()));
                    }
                }
            });
            return list;
        }
    }

    // ---------------------------------------------------------------- writing

    public String write(Evaluation e) {
        return Json.write(toJson(e));
    }

    public ObjectNode toJson(Evaluation e) {
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
            sections.addObject().put("key", s.key()).put("title", s.title()).put("text", s.text());
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
