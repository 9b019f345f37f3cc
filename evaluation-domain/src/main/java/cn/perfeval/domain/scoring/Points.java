package cn.perfeval.domain.scoring;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;

/** How points read in explanations: "计2分", "0.2" — no trailing zeros. */
final class Points {

    private Points() {
    }

    static String p(BigDecimal v) {
        return Decimals.plain(v);
    }

    static String got(BigDecimal v) {
        return "计" + p(v) + "分";
    }
}
