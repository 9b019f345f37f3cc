package cn.perfeval.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/** An operand's value with how to show it in a formula, or the labels of what is missing. */
record Resolved(BigDecimal value, String shown, List<String> missing) {

    static Resolved of(BigDecimal value, String shown) {
        return new Resolved(value, shown, List.of());
    }

    static Resolved missing(List<String> missing) {
        return new Resolved(null, null, missing);
    }

    boolean isMissing() {
        return value == null;
    }
}
