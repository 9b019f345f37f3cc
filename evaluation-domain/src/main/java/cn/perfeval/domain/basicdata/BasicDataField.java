package cn.perfeval.domain.basicdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A field of Attachment 1 a template can require: a headcount, one amount cell, or 厉行节约保障措施. {@code path} is
 * relative to {@code basicData} (e.g. {@code expenseControl.publicOperatingExpenses.currentFinal}); {@code label} is
 * how the page names it (附件1“公用经费”本年决算数).
 */
public record BasicDataField(String path, String label) {

    public static final String AUSTERITY_MEASURES = "austerityMeasures";

    /** The interchange path of the field, e.g. {@code $.basicData.staffing.actualHeadcount}. */
    public String jsonPath() {
        return "$.basicData." + path;
    }

    /** Filled with a value, or marked —— (not applicable); text fields must not be blank. */
    public boolean isFilled(BasicDataSheet sheet) {
        if (path.equals(AUSTERITY_MEASURES)) {
            return sheet.austerityMeasures() != null && !sheet.austerityMeasures().isBlank();
        }
        return !sheet.source(BasicDataSheet.SOURCE_PREFIX + path).orElse(Cell.blank()).isBlank();
    }

    /**
     * The fields an entry of a template names: {@code staffing.authorizedHeadcount}, {@code expenseControl.<row>} (its
     * three columns), {@code expenseControl.<row>.<column>} or {@code austerityMeasures}; empty when it names nothing.
     */
    public static Optional<List<BasicDataField>> resolve(String entry) {
        if (entry.equals(AUSTERITY_MEASURES)) {
            return Optional.of(List.of(new BasicDataField(entry, "附件1“厉行节约保障措施”")));
        }
        String[] p = entry.split("\\.");
        if (p.length == 2 && p[0].equals("staffing") && BasicDataSheet.isKnownSource(BasicDataSheet.SOURCE_PREFIX + entry)) {
            return Optional.of(List.of(new BasicDataField(entry, "附件1“" + BasicDataSheet.knownSources().get(BasicDataSheet.SOURCE_PREFIX + entry) + "”")));
        }
        if (p[0].equals("expenseControl") && (p.length == 2 || p.length == 3)) {
            Optional<ExpenseRow> row = ExpenseRow.fromKey(p[1]);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            List<BasicDataField> fields = new ArrayList<>();
            for (Column c : Column.values()) {
                if (p.length == 2 || c.key().equals(p[2])) {
                    fields.add(new BasicDataField("expenseControl." + row.get().key() + "." + c.key(),
                            "附件1“" + row.get().label() + "”" + c.label()));
                }
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(fields);
        }
        return Optional.empty();
    }

    /** How the page names an entry as a whole: a row (附件1“项目支出”) or its single field. */
    public static String entryLabel(String entry) {
        String[] p = entry.split("\\.");
        if (p.length == 2 && p[0].equals("expenseControl")) {
            return ExpenseRow.fromKey(p[1]).map(r -> "附件1“" + r.label() + "”").orElse(entry);
        }
        return resolve(entry).filter(f -> f.size() == 1).map(f -> f.get(0).label()).orElse(entry);
    }
}
