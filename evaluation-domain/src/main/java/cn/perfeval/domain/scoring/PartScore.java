package cn.perfeval.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The score of one part (①, ②, …): computed (null when it cannot be), a Chinese explanation a reviewer can follow
 * (inputs, formula with the numbers, result), and the inputs that are missing.
 */
public record PartScore(String label, String name, BigDecimal computedScore, String explanation, List<String> missing) {

    public PartScore {
        missing = List.copyOf(missing);
    }

    static PartScore computed(String label, String name, BigDecimal score, String explanation) {
        return new PartScore(label, name, score, explanation, List.of());
    }

    static PartScore missing(String label, String name, List<String> missingInputs) {
        List<String> missing = missingInputs.stream().distinct().toList();
        return new PartScore(label, name, null, name + "无法计算：缺少" + String.join("、", missing), missing);
    }

    static PartScore cannotCompute(String label, String name, String why, List<String> missing) {
        return new PartScore(label, name, null, name + "无法计算：" + why, missing);
    }

    public boolean isComputed() {
        return computedScore != null;
    }

    public Optional<BigDecimal> score() {
        return Optional.ofNullable(computedScore);
    }
}
