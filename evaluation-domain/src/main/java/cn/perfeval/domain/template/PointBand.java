package cn.perfeval.domain.template;

import java.math.BigDecimal;

/** Points given when the measured value falls in the range. */
public record PointBand(Range range, BigDecimal points) {
}
