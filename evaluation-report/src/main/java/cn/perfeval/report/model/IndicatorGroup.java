package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.List;

/** A level-2 indicator (二级指标) with its level-3 lines. */
public record IndicatorGroup(String code, String name, BigDecimal weight, List<IndicatorRow> indicators) {

    public IndicatorGroup {
        code = Texts.clean(code);
        name = Texts.clean(name);
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("level-2 indicator " + code + " has no level-3 indicators");
        }
    }

    public int rowCount() {
        return indicators.size();
    }

    public String weightText() {
        return Numbers.score(weight);
    }
}
