package cn.perfeval.domain.common;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads values out of a JSON tree, recording every problem with its path instead of stopping at the first. */
public final class JsonReading {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Problem> problems = new ArrayList<>();

    public static String child(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "['" + key.replace("'", "\\'") + "']";
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    public void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public static boolean absent(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        return n == null || n.isNull();
    }

    public Optional<JsonNode> requiredObject(JsonNode parent, String key, String parentPath) {
        return container(parent, key, parentPath, true, JsonNode::isObject, "应为JSON对象");
    }

    public Optional<JsonNode> optionalObject(JsonNode parent, String key, String parentPath) {
        return container(parent, key, parentPath, false, JsonNode::isObject, "应为JSON对象");
    }

    public Optional<JsonNode> requiredArray(JsonNode parent, String key, String parentPath) {
        return container(parent, key, parentPath, true, JsonNode::isArray, "应为JSON数组");
    }

    public Optional<JsonNode> optionalArray(JsonNode parent, String key, String parentPath) {
        return container(parent, key, parentPath, false, JsonNode::isArray, "应为JSON数组");
    }

    private Optional<JsonNode> container(JsonNode parent, String key, String parentPath, boolean required,
                                         java.util.function.Predicate<JsonNode> isKind, String wrongKind) {
        String path = child(parentPath, key);
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "缺少必填项");
            }
            return Optional.empty();
        }
        if (!isKind.test(n)) {
            problem(path, wrongKind);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    public Optional<String> requiredText(JsonNode parent, String key, String parentPath) {
        String path = child(parentPath, key);
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            problem(path, "缺少必填项");
            return Optional.empty();
        }
        return text(n, path).filter(s -> {
            if (s.isBlank()) {
                problem(path, "不能为空");
                return false;
            }
            return true;
        });
    }

    public Optional<String> optionalText(JsonNode parent, String key, String parentPath) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return text(n, child(parentPath, key));
    }

    /** An optional text no longer than its kind allows; the label names the field in the message. */
    public Optional<String> optionalText(JsonNode parent, String key, String parentPath, Limits.Text kind, String label) {
        return limitedText(kind, optionalText(parent, key, parentPath), child(parentPath, key), label);
    }

    public Optional<String> text(JsonNode n, String path) {
        if (!n.isString()) {
            problem(path, "应为文本");
            return Optional.empty();
        }
        return Optional.of(n.stringValue());
    }

    public Optional<BigDecimal> requiredNumber(JsonNode parent, String key, String parentPath, boolean nonNegative) {
        String path = child(parentPath, key);
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            problem(path, "缺少必填项");
            return Optional.empty();
        }
        return number(n, path, nonNegative);
    }

    public Optional<BigDecimal> optionalNumber(JsonNode parent, String key, String parentPath, boolean nonNegative) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return number(n, child(parentPath, key), nonNegative);
    }

    public Optional<BigDecimal> number(JsonNode n, String path, boolean nonNegative) {
        if (!n.isNumber()) {
            problem(path, "应为数字，实际为“" + shown(n) + "”");
            return Optional.empty();
        }
        BigDecimal value = n.decimalValue();
        if (!Limits.isTame(value)) {
            // refused before anything prints or computes with it: 1e100000 would pin a CPU for minutes
            problem(path, "数值超出允许范围：" + abbreviated(value.toString()));
            return Optional.empty();
        }
        if (nonNegative && value.signum() < 0) {
            problem(path, "不能为负数：" + value.toPlainString());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<Integer> requiredCount(JsonNode parent, String key, String parentPath) {
        String path = child(parentPath, key);
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            problem(path, "缺少必填项");
            return Optional.empty();
        }
        return count(n, path);
    }

    public Optional<Integer> optionalCount(JsonNode parent, String key, String parentPath) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return count(n, child(parentPath, key));
    }

    public Optional<Integer> count(JsonNode n, String path) {
        Optional<BigDecimal> value = number(n, path, true);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.get().intValueExact());
        } catch (ArithmeticException e) {
            problem(path, "应为整数：" + value.get().toPlainString());
            return Optional.empty();
        }
    }

    public Optional<Boolean> optionalBoolean(JsonNode parent, String key, String parentPath) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            problem(child(parentPath, key), "应为 true 或 false");
            return Optional.empty();
        }
        return Optional.of(n.booleanValue());
    }

    /** The value when it fits the figure's limits; otherwise a problem at the path that names the field by its label. */
    public Optional<BigDecimal> limited(Limits.Figure figure, Optional<BigDecimal> value, String path, String label) {
        return value.filter(v -> fits(Limits.check(figure, v, label), path));
    }

    /** As {@link #limited(Limits.Figure, Optional, String, String)} with another upper bound, e.g. a score's weight. */
    public Optional<BigDecimal> limited(Limits.Figure figure, Optional<BigDecimal> value, BigDecimal max, String path, String label) {
        return value.filter(v -> fits(Limits.check(figure, v, max, true, label), path));
    }

    /** The text when it is not too long; otherwise a problem at the path that names the field by its label. */
    public Optional<String> limitedText(Limits.Text kind, Optional<String> text, String path, String label) {
        return text.filter(t -> fits(Limits.check(kind, t, label), path));
    }

    private boolean fits(Optional<String> violation, String path) {
        violation.ifPresent(message -> problem(path, message));
        return violation.isEmpty();
    }

    private static String abbreviated(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public static String shown(JsonNode n) {
        String s = n.isString() ? n.stringValue() : n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
