package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataField;
import cn.perfeval.domain.basicdata.BasicDataRequirements;
import cn.perfeval.domain.common.JsonReading;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.report.OutlineSection;
import cn.perfeval.domain.report.ReportOutline;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static cn.perfeval.domain.common.JsonReading.child;
import static cn.perfeval.domain.common.JsonReading.index;

/** Reads what a template says a draft holds and must hold: the report outline and Attachment 1's required fields. */
final class DraftShapeReading {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final JsonReading r;

    DraftShapeReading(JsonReading r) {
        this.r = r;
    }

    /** The outline, or null when the template has none (templates stored before outlines existed). */
    ReportOutline outline(JsonNode root) {
        if (JsonReading.absent(root, "reportOutline")) {
            return null;
        }
        List<OutlineSection> sections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        r.optionalArray(root, "reportOutline", "$").ifPresent(arr -> {
            if (arr.isEmpty()) {
                r.problem("$.reportOutline", "报告提纲至少需要一个章节");
            }
            for (int i = 0; i < arr.size(); i++) {
                String p = index("$.reportOutline", i);
                JsonNode n = arr.get(i);
                if (!n.isObject()) {
                    r.problem(p, "应为JSON对象");
                    continue;
                }
                String key = r.requiredText(n, "key", p).orElse("");
                if (!key.isEmpty() && !KEY.matcher(key).matches()) {
                    r.problem(child(p, "key"), "章节键“" + key + "”应由英文字母和数字组成");
                } else if (!key.isEmpty() && !keys.add(key)) {
                    r.problem(child(p, "key"), "章节键“" + key + "”重复");
                }
                String title = r.limitedText(Limits.Text.NAME, r.requiredText(n, "title", p), child(p, "title"), "章节标题").orElse("");
                String guidance = r.optionalText(n, "guidance", p, Limits.Text.PARAGRAPH, "章节填写说明").orElse("");
                boolean required = r.optionalBoolean(n, "required", p).orElse(true);
                sections.add(new OutlineSection(key, title, guidance, required));
            }
        });
        return new ReportOutline(sections);
    }

    /** Attachment 1's required and warn-if-blank entries, or null when the template has none. */
    BasicDataRequirements requirements(JsonNode root) {
        if (JsonReading.absent(root, "basicDataCompleteness")) {
            return null;
        }
        return r.optionalObject(root, "basicDataCompleteness", "$").map(n -> new BasicDataRequirements(
                entries(n, "required"), entries(n, "warnIfBlank"))).orElse(null);
    }

    private List<String> entries(JsonNode n, String key) {
        List<String> entries = new ArrayList<>();
        String p = child("$.basicDataCompleteness", key);
        r.optionalArray(n, key, "$.basicDataCompleteness").ifPresent(arr -> {
            for (int i = 0; i < arr.size(); i++) {
                String ep = index(p, i);
                r.text(arr.get(i), ep).ifPresent(e -> {
                    if (BasicDataField.resolve(e).isEmpty()) {
                        r.problem(ep, "附件1中没有“" + e + "”，应为 staffing.…、expenseControl.<行>[.<列>] 或 austerityMeasures");
                    } else {
                        entries.add(e);
                    }
                });
            }
        });
        return entries;
    }
}
