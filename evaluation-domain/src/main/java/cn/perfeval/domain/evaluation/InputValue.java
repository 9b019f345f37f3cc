package cn.perfeval.domain.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/** A scoring input as entered: yes/no, a number (count, amount, percent, judged score) or text (choice, justification). */
public sealed interface InputValue permits InputValue.YesNo, InputValue.Number, InputValue.Text {

    record YesNo(boolean value) implements InputValue {
    }

    /** Keeps the scale entered. */
    record Number(BigDecimal value) implements InputValue {
        public Number {
            Objects.requireNonNull(value);
        }
    }

    record Text(String value) implements InputValue {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    static InputValue of(boolean value) {
        return new YesNo(value);
    }

    static InputValue of(BigDecimal value) {
        return new Number(value);
    }

    static InputValue of(String value) {
        return new Text(value);
    }
}
