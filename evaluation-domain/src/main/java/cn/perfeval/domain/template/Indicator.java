package cn.perfeval.domain.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A node of the indicator tree: level 1 (投入…), 2 (目标设定…) or 3; leaves carry the rule that scores them. */
public record Indicator(String code,
                        String name,
                        int level,
                        BigDecimal weight,
                        String scoringPoints,
                        String scoringStandard,
                        List<Indicator> children,
                        Rule rule) {

    public Indicator {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(weight);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This node and every node below it, depth first. */
    public Stream<Indicator> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::flatten));
    }
}
