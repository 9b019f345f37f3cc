package cn.perfeval.report.model;

import java.math.BigDecimal;

/** 财政供养人员情况: 编制数, 实际在职人数; the control rate is computed. */
public record Staffing(Integer authorizedHeadcount, Integer actualHeadcount) {

    /** 控制率 = 实际在职人数 / 编制数 × 100, half-up to 2 decimals; {@code null} when not computable. */
    public BigDecimal controlRatePercent() {
        if (authorizedHeadcount == null || actualHeadcount == null) {
            return null;
        }
        return Percent.of(BigDecimal.valueOf(actualHeadcount), BigDecimal.valueOf(authorizedHeadcount));
    }

    public String controlRateText() {
        return Percent.format(controlRatePercent());
    }

    public String authorizedText() {
        return authorizedHeadcount == null ? "" : authorizedHeadcount.toString();
    }

    public String actualText() {
        return actualHeadcount == null ? "" : actualHeadcount.toString();
    }
}
