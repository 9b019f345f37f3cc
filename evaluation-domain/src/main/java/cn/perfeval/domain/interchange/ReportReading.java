package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.report.EconomicShare;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.NamedAmount;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SectionKey;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.report.StaffingFacts;
import tools.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/** Reads Attachment 3 (自评报告): its sections and the structured figures it states. */
final class ReportReading {

    private final JsonReading r;

    ReportReading(JsonReading r) {
        this.r = r;
    }

    SelfEvaluationReport report(JsonNode n) {
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
