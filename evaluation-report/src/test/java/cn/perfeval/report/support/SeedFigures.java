package cn.perfeval.report.support;

import cn.perfeval.report.fixture.FixtureModels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The figures of the seed fixture that every output must print, read from the JSON (not from the read model). */
public final class SeedFigures {

    private SeedFigures() {
    }

    private static String n(JsonNode v) {
        return v.decimalValue().toPlainString();
    }

    private static String s(JsonNode v) {
        BigDecimal d = v.decimalValue();
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** Attachment 1: every number, 编制数, 实际在职人数, 控制率. */
    public static List<String> attachment1() {
        JsonNode b = FixtureModels.gaoqiaoJson().path("basicData");
        List<String> out = new ArrayList<>();
        out.add(b.path("staffing").path("authorizedHeadcount").asString());
        out.add(b.path("staffing").path("actualHeadcount").asString());
        out.add("82.69%");
        for (Map.Entry<String, JsonNode> row : b.path("expenseControl").properties()) {
            for (JsonNode c : row.getValue()) {
                if (c.isNumber()) {
                    out.add(n(c));
                }
            }
        }
        return out;
    }

    /** Attachment 2: code → [weight, self-score]. */
    public static Map<String, String[]> attachment2() {
        JsonNode self = FixtureModels.gaoqiaoJson().path("scoreSheet").path("selfScores");
        JsonNode t = FixtureModels.json("/fixtures/yuhua-2020-template.json");
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        for (JsonNode l1 : t.path("indicators")) {
            for (JsonNode l2 : l1.path("children")) {
                for (JsonNode l3 : l2.path("children")) {
                    String code = l3.path("code").asString();
                    out.put(code, new String[] {s(l3.path("weight")), s(self.path(code))});
                }
            }
        }
        return out;
    }

    /** Level-1 totals, total and grade from {@code expected}. */
    public static List<String> totals() {
        JsonNode x = FixtureModels.gaoqiaoJson().path("expected");
        List<String> out = new ArrayList<>();
        out.add(s(x.path("selfScoreTotal")));
        for (JsonNode v : x.path("levelOneSelfTotals")) {
            out.add(s(v));
        }
        out.add(x.path("scoreGrade").asString());
        return out;
    }

    /** Attachment 3's structured figures, percentages included. */
    public static List<String> report() {
        JsonNode x = FixtureModels.gaoqiaoJson().path("report").path("expenditure");
        List<String> out = new ArrayList<>();
        out.add(n(x.path("total")));
        out.add(n(x.path("basic")));
        out.add(n(x.path("project")));
        out.add(n(x.path("basicByEconomic").path("personnel")));
        out.add(n(x.path("basicByEconomic").path("publicOperating")));
        for (String list : List.of("byFunction", "projectByFunction", "projectByEconomic")) {
            for (JsonNode a : x.path(list)) {
                out.add(a.get(0).asString());
                out.add(n(a.get(1)));
                if (a.size() > 2) {
                    out.add(a.get(2).asString());
                }
            }
        }
        out.add(n(x.path("threePublicExpensesFinal")));
        out.add(x.path("officialVehiclesKept").asString());
        for (JsonNode v : FixtureModels.gaoqiaoJson().path("report").path("staffingFacts")) {
            out.add(v.asString() + "人");
        }
        return out;
    }

    /** The headings of Attachment 3 in order, normalised. */
    public static final List<String> HEADINGS = List.of("一、单位基本情况", "二、部门整体预算支出情况", "三、部门整体支出绩效情况",
            "四、存在的问题及原因分析", "五、下一步改进措施", "六、绩效自评结果拟应用和公开情况", "其他需要说明的情况");
}
