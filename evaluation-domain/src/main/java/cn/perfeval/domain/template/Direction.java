package cn.perfeval.domain.template;

import java.util.Arrays;
import java.util.Optional;

/** Which side of the limit loses points in a per-point deduction: over it (超出), under it (低于), or either (偏离). */
public enum Direction {
    OVER("over"), UNDER("under"), EITHER("either");

    private final String key;

    Direction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Direction> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
