package cn.perfeval.domain.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate looks only at precision and scale, so it answers at once for numbers whose arithmetic would not end. */
class PoisonNumbersAreRecognisedCheaplyTest {

    @Test
    void hugeExponentsAndPrecisionsAreNotTame() {
        assertThat(Limits.isTame(new BigDecimal("1e100000"))).isFalse();
        assertThat(Limits.isTame(new BigDecimal("1e-100000"))).isFalse();
        assertThat(Limits.isTame(new BigDecimal("1e10000000"))).isFalse();
        assertThat(Limits.isTame(new BigDecimal("1" + "0".repeat(100)))).isFalse();
    }

    @Test
    void everyFigureOfTheSeedIsTame() {
        assertThat(Limits.isTame(new BigDecimal("7270.51"))).isTrue();
        assertThat(Limits.isTame(new BigDecimal("9999999999.9999"))).isTrue();
        assertThat(Limits.isTame(new BigDecimal("0.15"))).isTrue();
        assertThat(Limits.isTame(new BigDecimal("1E+3"))).isTrue();
    }

    @Test
    void trailingZerosAreNotDecimals() {
        assertThat(Limits.check(Limits.Figure.AMOUNT, new BigDecimal("4.60000"), "x")).isEmpty();
        assertThat(Limits.check(Limits.Figure.HEADCOUNT, new BigDecimal("1E+2"), "x")).isEmpty();
        assertThat(Limits.check(Limits.Figure.HEADCOUNT, new BigDecimal("43.5"), "附件1“实际在职人数”")).contains("附件1“实际在职人数”应为整数：43.5");
    }
}
