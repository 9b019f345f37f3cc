package cn.perfeval.domain.basicdata;

import java.util.Objects;

/** 财政供养人员情况: authorized and actual headcount, and the control rate as the form prints it (may be null). */
public record Staffing(Cell authorizedHeadcount, Cell actualHeadcount, String printedControlRate) {

    public Staffing {
        Objects.requireNonNull(authorizedHeadcount);
        Objects.requireNonNull(actualHeadcount);
    }
}
