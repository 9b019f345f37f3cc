package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.report.EconomicShare;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.NamedAmount;
import cn.perfeval.domain.report.OutlineSection;
import cn.perfeval.domain.report.ReportOutline;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SectionKey;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.report.StaffingFacts;
import cn.perfeval.domain.template.IndicatorTemplate;
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
    private final ReportOutline outline;

    /** With the template's outline (empty when the template is unknown: keys are then checked against the seed's). */
    ReportReading(JsonReading r, IndicatorTemplate template) {
        this.r = r;
        this.outline = template == null ? ReportOutline.NONE : template.reportOutline();
    }

    private boolean knownKey(String key) {
        return outline.isEmpty() ? SectionKey.fromKey(key).isPresent() : outline.section(key).isPresent();
    }

    private String defaultTitle(String key) {
        return outline.section(key).map(OutlineSection::title)
                .orElse(SectionKey.fromKey(key).map(SectionKey::title).orElse(""));
    }

    SelfEvaluationReport report(JsonNode n) {
        String p = "$.report";
        String title = r.optionalText(n, "title", p, Limits.Text.NAME, "附件3报告标题").orElse(null);
        StaffingFacts facts = r.optionalObject(n, "staffingFacts", p).map(f -> {
            String fp = child(p, "staffingFacts");
            return new StaffingFacts(
                    people(f, "administrativePosts", fp, "行政编制"),
                    people(f, "institutionPosts", fp, "事业编制"),
                    people(f, "onStaffIncludingTalentAndMilitaryFamily", fp, "在职在编人数"),
                    people(f, "retiredInSocialInsurance", fp, "纳入社保退休人员"),
                    people(f, "retiredSelfFunded", fp, "自收自支退休人员"),
                    people(f, "attachedStudents", fp, "挂编学生"),
                    people(f, "contractEmployees", fp, "机关雇员"));
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
                    if (!knownKey(k)) {
                        r.problem(child(sp, "key"), "未知的报告章节“" + k + "”");
                    } else if (!keys.add(k)) {
                        r.problem(child(sp, "key"), "报告章节“" + k + "”重复");
                    }
                });
                String sectionTitle = r.optionalText(s, "title", sp, Limits.Text.NAME, "附件3章节标题")
                        .orElse(key.map(this::defaultTitle).orElse(""));
                String text = r.optionalText(s, "text", sp, Limits.Text.SECTION, "附件3“" + sectionTitle + "”").orElse("");
                boolean fromPreviousYear = r.optionalBoolean(s, "fromPreviousYear", sp).orElse(false);
                key.ifPresent(k -> sections.add(new ReportSection(k, sectionTitle, text, fromPreviousYear)));
            }
        });
        return new SelfEvaluationReport(title, facts, expenditure, sections);
    }

    private Expenditure expenditure(JsonNode n) {
        String p = "$.report.expenditure";
        Expenditure.BasicByEconomic basicByEconomic = r.optionalObject(n, "basicByEconomic", p)
                .map(b -> new Expenditure.BasicByEconomic(
                        amount(b, "personnel", child(p, "basicByEconomic"), "附件3人员经费"),
                        amount(b, "publicOperating", child(p, "basicByEconomic"), "附件3日常公用经费")))
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
                Optional<String> name = r.limitedText(Limits.Text.NAME, r.text(e.get(0), index(ep, 0)), index(ep, 0), "附件3经济科目名称");
                Optional<BigDecimal> amount = r.limited(Limits.Figure.AMOUNT, r.number(e.get(1), index(ep, 1), true), index(ep, 1),
                        "附件3“" + name.orElse("经济科目") + "”金额");
                String printed = null;
                if (e.size() == 3 && !e.get(2).isNull()) {
                    printed = r.limitedText(Limits.Text.PRINTED_FIGURE, r.text(e.get(2), index(ep, 2)), index(ep, 2),
                            "附件3“" + name.orElse("经济科目") + "”占比").orElse(null);
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
                amount(n, "total", p, "附件3支出合计"),
                amount(n, "basic", p, "附件3基本支出"),
                amount(n, "project", p, "附件3项目支出"),
                basicByEconomic,
                namedAmounts(n, "byFunction", p),
                namedAmounts(n, "projectByFunction", p),
                economic,
                amount(n, "threePublicExpensesFinal", p, "附件3“三公”经费"),
                r.optionalCount(n, "officialVehiclesKept", p)
                        .flatMap(c -> r.limited(Limits.Figure.COUNT, Optional.of(BigDecimal.valueOf(c)), child(p, "officialVehiclesKept"), "附件3公车保有量"))
                        .map(BigDecimal::intValueExact).orElse(null));
    }

    private BigDecimal amount(JsonNode parent, String key, String parentPath, String label) {
        return r.limited(Limits.Figure.AMOUNT, r.optionalNumber(parent, key, parentPath, true), child(parentPath, key), label).orElse(null);
    }

    private Integer people(JsonNode parent, String key, String parentPath, String label) {
        return r.optionalCount(parent, key, parentPath)
                .flatMap(c -> r.limited(Limits.Figure.HEADCOUNT, Optional.of(BigDecimal.valueOf(c)), child(parentPath, key), "附件3" + label))
                .map(BigDecimal::intValueExact).orElse(null);
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
                Optional<String> name = r.limitedText(Limits.Text.NAME, r.text(e.get(0), index(ep, 0)), index(ep, 0), "附件3支出分类名称");
                Optional<BigDecimal> amount = r.limited(Limits.Figure.AMOUNT, r.number(e.get(1), index(ep, 1), true), index(ep, 1),
                        "附件3“" + name.orElse("支出分类") + "”金额");
                if (name.isPresent() && amount.isPresent()) {
                    list.add(new NamedAmount(name.get(), amount.get()));
                }
            }
        });
        return list;
    }
}
