package cn.perfeval.domain.template;

import java.util.Arrays;
import java.util.Optional;

/** What kind of value a scoring input holds, as the submitter enters it in {@code scoreSheet.inputs}. */
public enum InputType {
    YES_NO("yesNo", "是/否"),
    COUNT("count", "非负整数"),
    AMOUNT("amount", "金额（万元，非负）"),
    PERCENT("percent", "百分比（非负）"),
    SCORE("score", "评分（分）"),
    CHOICE("choice", "选项"),
    TEXT("text", "文字");

    private final String key;
    private final String label;

    InputType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isNumeric() {
        return this == COUNT || this == AMOUNT || this == PERCENT || this == SCORE;
    }

    public static Optional<InputType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
