package cn.perfeval.report.model;

import java.math.BigDecimal;

/** A labelled amount (万元), with its share of a whole when one is computed. */
public record Amount(String label, BigDecimal amount, BigDecimal percent) {

    public Amount {
        label = Texts.clean(label);
    }

    public Amount(String label, BigDecimal amount) {
        this(label, amount, null);
    }

    public String amountText() {
        return Numbers.amount(amount);
    }

    public String percentText() {
        return Percent.format(percent);
    }
}
