package cn.perfeval.workflow.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.report.SectionKey;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.InputSpec;
import tools.jackson.databind.JsonNode;

/**
 * Compares two interchange documents field by field and labels each difference in Chinese, e.g.
 * "附件1 · 三公经费 · 2020年决算数: 4.6 → 5.2". Report sections are matched by key, not by position.
 */
public final class SnapshotDiff {

    private static final int SHOWN = 60;

    private final IndicatorTemplate template;
    private final int year;

    public SnapshotDiff(IndicatorTemplate template, int year) {
        this.template = template;
        this.year = year;
    }

    public List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, Leaf> a = new LinkedHashMap<>();
        Map<String, Leaf> b = new LinkedHashMap<>();
        for (String part : List.of("basicData", "scoreSheet", "report")) {
            flatten(before.path(part), "$." + part, List.of(part), a);
            flatten(after.path(part), "$." + part, List.of(part), b);
        }
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            Leaf x = a.get(path);
            Leaf y = b.get(path);
            String vx = x == null ? null : x.value();
            String vy = y == null ? null : y.value();
            if (same(x, y)) {
                continue;
            }
            List<String> segments = (x != null ? x : y).segments();
            String label = label(segments);
            String shownBefore = shown(vx);
            String shownAfter = shown(vy);
            changes.add(new Change(path, label, vx == null ? "空白" : vx, vy == null ? "空白" : vy,
                    label + ": " + shownBefore + " → " + shownAfter));
        }
        return changes;
    }

    private record Leaf(List<String> segments, String value, BigDecimal number) {
    }

    private static boolean same(Leaf x, Leaf y) {
        if (x == null || y == null) {
            return (x == null ? null : x.value()) == null && (y == null ? null : y.value()) == null;
        }
        if (x.number() != null && y.number() != null) {
            return x.number().compareTo(y.number()) == 0;
        }
        return java.util.Objects.equals(x.value(), y.value());
    }

    private void flatten(JsonNode node, String path, List<String> segments, Map<String, Leaf> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                flatten(node.get(key), child(path, key), append(segments, key), out);
            }
        } else if (node.isArray()) {
            boolean sections = segments.size() == 2 && segments.get(0).equals("report") && segments.get(1).equals("sections");
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = sections && item.has("key") ? item.get("key").asString() : rowKey(item, i);
                flatten(item, sections ? path + "[" + key + "]" : path + "[" + i + "]", append(segments, key), out);
            }
        } else if (!node.isNull()) {
            out.put(path, new Leaf(segments, text(node), node.isNumber() ? node.decimalValue() : null));
        }
    }

    /** A row such as ["社会保障和就业支出", 1805.5] is named by its category, so a reviewer reads which one changed. */
    private static String rowKey(JsonNode item, int index) {
        return item.isArray() && !item.isEmpty() && item.get(0).isString() ? "@" + item.get(0).asString() : "#" + index;
    }

    private static String text(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "是" : "否";
        }
        String s = node.asString();
        return "NOT_APPLICABLE".equals(s) ? "——" : s;
    }

    private static String shown(String value) {
        if (value == null) {
            return "空白";
        }
        String flat = value.replace('\n', ' ');
        return flat.length() > SHOWN ? flat.substring(0, SHOWN) + "…" : flat;
    }

    private String label(List<String> s) {
        String part = s.get(0);
        List<String> words = new ArrayList<>();
        switch (part) {
            case "basicData" -> {
                words.add("附件1");
                basicData(s, words);
            }
            case "scoreSheet" -> {
                words.add("附件2");
                scoreSheet(s, words);
            }
            default -> {
                words.add("附件3");
                report(s, words);
            }
        }
        return String.join(" · ", words);
    }

    private void basicData(List<String> s, List<String> words) {
        String area = s.size() > 1 ? s.get(1) : "";
        switch (area) {
            case "staffing" -> {
                words.add("财政供养人员情况");
                if (s.size() > 2) {
                    words.add(switch (s.get(2)) {
                        case "authorizedHeadcount" -> "编制数";
                        case "actualHeadcount" -> "实际在职人数";
                        case "printedControlRate" -> "控制率";
                        default -> s.get(2);
                    });
                }
            }
            case "expenseControl" -> {
                if (s.size() > 2) {
                    words.add(ExpenseRow.fromKey(s.get(2)).map(ExpenseRow::label).orElse(s.get(2)));
                }
                if (s.size() > 3) {
                    words.add(Column.fromKey(s.get(3)).map(this::column).orElse(s.get(3)));
                }
            }
            case "buildingProjects" -> {
                words.add("楼堂馆所控制情况");
                if (s.size() > 2) {
                    words.add("第" + (Integer.parseInt(s.get(2).substring(1)) + 1) + "项");
                }
                if (s.size() > 3) {
                    words.add(switch (s.get(3)) {
                        case "name" -> "项目名称";
                        case "approvedArea" -> "批准面积";
                        case "actualArea" -> "实际面积";
                        case "printedAreaControlRate" -> "面积控制率";
                        case "budgetedInvestment" -> "预算投资";
                        case "actualInvestment" -> "实际投资";
                        case "printedInvestmentControlRate" -> "投资控制率";
                        default -> s.get(3);
                    });
                }
            }
            case "austerityMeasures" -> words.add("厉行节约保障措施");
            case "note" -> words.add("说明");
            default -> words.addAll(s.subList(1, s.size()));
        }
    }

    private String column(Column c) {
        return switch (c) {
            case PRIOR_YEAR_FINAL -> (year - 1) + "年决算数";
            case CURRENT_BUDGET -> year + "年预算数";
            case CURRENT_FINAL -> year + "年决算数";
        };
    }

    private void scoreSheet(List<String> s, List<String> words) {
        String area = s.size() > 1 ? s.get(1) : "";
        if (s.size() < 3) {
            words.add(area.equals("note") ? "说明" : area);
            return;
        }
        String code = s.get(2);
        Indicator leaf = template == null ? null : template.find(code).orElse(null);
        words.add(leaf == null ? code : code + " " + leaf.name());
        switch (area) {
            case "selfScores" -> words.add("自评得分");
            case "reasons" -> words.add("自评得分说明");
            case "inputs" -> {
                if (s.size() > 3) {
                    String name = s.get(3);
                    words.add(leaf == null || leaf.rule() == null ? name
                            : leaf.rule().input(name).map(InputSpec::label).orElse(name));
                }
            }
            default -> words.add(area);
        }
    }

    private static void report(List<String> s, List<String> words) {
        String area = s.size() > 1 ? s.get(1) : "";
        switch (area) {
            case "title" -> words.add("报告标题");
            case "sections" -> {
                if (s.size() > 2) {
                    words.add(SectionKey.fromKey(s.get(2)).map(SectionKey::title).orElse(s.get(2)));
                }
                if (s.size() > 3 && s.get(3).equals("title")) {
                    words.add("标题");
                }
            }
            case "staffingFacts" -> {
                words.add("人员情况");
                if (s.size() > 2) {
                    words.add(switch (s.get(2)) {
                        case "administrativePosts" -> "行政编制";
                        case "institutionPosts" -> "事业编制";
                        case "onStaffIncludingTalentAndMilitaryFamily" -> "在职在编人数";
                        case "retiredInSocialInsurance" -> "纳入社保退休人员";
                        case "retiredSelfFunded" -> "自收自支退休人员";
                        case "attachedStudents" -> "挂编学生";
                        case "contractEmployees" -> "机关雇员";
                        default -> s.get(2);
                    });
                }
            }
            case "expenditure" -> {
                words.add("支出情况");
                for (String seg : s.subList(2, s.size())) {
                    words.add(switch (seg) {
                        case "total" -> "支出总额";
                        case "basic" -> "基本支出";
                        case "project" -> "项目支出";
                        case "basicByEconomic" -> "基本支出经济分类";
                        case "personnel" -> "人员经费";
                        case "publicOperating" -> "日常公用经费";
                        case "byFunction" -> "功能分类";
                        case "projectByFunction" -> "项目支出功能分类";
                        case "projectByEconomic" -> "项目支出经济分类";
                        case "threePublicExpensesFinal" -> "三公经费决算";
                        case "officialVehiclesKept" -> "公务用车保有量";
                        case "#0" -> "名称";
                        case "#1" -> "金额";
                        case "#2" -> "占比";
                        default -> seg.startsWith("@") ? seg.substring(1)
                                : seg.startsWith("#") ? "第" + (Integer.parseInt(seg.substring(1)) + 1) + "项" : seg;
                    });
                }
            }
            default -> words.addAll(s.subList(1, s.size()));
        }
    }

    private static List<String> append(List<String> segments, String key) {
        List<String> next = new ArrayList<>(segments);
        next.add(key);
        return next;
    }

    private static String child(String path, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + key : path + "['" + key + "']";
    }
}
