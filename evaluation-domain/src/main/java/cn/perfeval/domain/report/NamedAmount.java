package cn.perfeval.domain.report;

import java.math.BigDecimal;
import java.util.Objects;

/** A category and its amount in 万元, e.g. 一般公共服务支出 2322.8. */
public record NamedAmount(String name, BigDecimal amount) {

    public NamedAmount {
        Objects.requireNonNull(name);
        Objects.requireNonNull(amount);
    }
}
