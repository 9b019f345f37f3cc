package cn.perfeval.domain.template;

import java.util.Objects;

/** One input a rule asks the submitter for: its name in {@code scoreSheet.inputs}, its type and a Chinese label. */
public record InputSpec(String name, InputType type, String label) {

    public InputSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(label);
    }
}
