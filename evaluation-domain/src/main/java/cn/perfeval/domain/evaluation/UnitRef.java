package cn.perfeval.domain.evaluation;

import java.util.Objects;

/** The reporting unit as the evaluation names it; {@code type} is e.g. STREET_OFFICE. */
public record UnitRef(String name, String shortName, String type) {

    public UnitRef {
        Objects.requireNonNull(name);
    }
}
