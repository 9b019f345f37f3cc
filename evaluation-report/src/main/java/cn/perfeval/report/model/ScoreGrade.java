package cn.perfeval.report.model;

import java.math.BigDecimal;

/** 评价等级 by total score: 优 ≥ 90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt; 60 (财预〔2020〕10号). */
public enum ScoreGrade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    ScoreGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ScoreGrade of(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return FAIR;
        }
        return POOR;
    }
}
