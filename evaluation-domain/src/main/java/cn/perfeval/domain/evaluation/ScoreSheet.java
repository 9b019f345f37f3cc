package cn.perfeval.domain.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attachment 2 as filled in: per leaf code the self-score, the scoring inputs the template's rule asks for,
 * and the submitter's reason where the self-score differs from the computed one. Maps keep the order entered.
 */
public record ScoreSheet(Map<String, BigDecimal> selfScores,
                         Map<String, Map<String, InputValue>> inputs,
                         Map<String, String> reasons,
                         String note) {

    public static final ScoreSheet EMPTY = new ScoreSheet(Map.of(), Map.of(), Map.of(), null);

    public ScoreSheet {
        selfScores = Collections.unmodifiableMap(new LinkedHashMap<>(selfScores == null ? Map.of() : selfScores));
        Map<String, Map<String, InputValue>> copy = new LinkedHashMap<>();
        if (inputs != null) {
            inputs.forEach((code, values) -> copy.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        }
        inputs = Collections.unmodifiableMap(copy);
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons == null ? Map.of() : reasons));
    }

    public Optional<BigDecimal> selfScore(String code) {
        return Optional.ofNullable(selfScores.get(code));
    }

    public Map<String, InputValue> inputsOf(String code) {
        return inputs.getOrDefault(code, Map.of());
    }

    public Optional<InputValue> input(String code, String name) {
        return Optional.ofNullable(inputsOf(code).get(name));
    }

    public Optional<String> reason(String code) {
        return Optional.ofNullable(reasons.get(code)).filter(r -> !r.isBlank());
    }

    public ScoreSheet withSelfScore(String code, BigDecimal score) {
        Map<String, BigDecimal> m = new LinkedHashMap<>(selfScores);
        m.put(code, score);
        return new ScoreSheet(m, inputs, reasons, note);
    }

    public ScoreSheet withInput(String code, String name, InputValue value) {
        Map<String, Map<String, InputValue>> m = new LinkedHashMap<>(inputs);
        Map<String, InputValue> forCode = new LinkedHashMap<>(inputsOf(code));
        forCode.put(name, value);
        m.put(code, forCode);
        return new ScoreSheet(selfScores, m, reasons, note);
    }

    public ScoreSheet withReason(String code, String reason) {
        Map<String, String> m = new LinkedHashMap<>(reasons);
        m.put(code, reason);
        return new ScoreSheet(selfScores, inputs, m, note);
    }
}
