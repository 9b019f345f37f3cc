package cn.perfeval.domain.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of every figure and text an evaluation holds, defined once. Whatever reads an evaluation from outside
 * (the interchange codec on import and on each attachment's save, the workbook and Word imports) refuses a value
 * beyond them, naming the field by its Chinese label.
 */
public final class Limits {

    /** Beyond these no figure of ours can be, and arithmetic on them (1e100000, 1e-100000) would take minutes. */
    private static final int MAX_PRECISION = 40;
    private static final int MAX_INTEGER_DIGITS = 20;
    private static final int MAX_SCALE = 40;

    private Limits() {
    }

    /** How far a kind of figure may go: a closed range (or below an open upper bound) and the decimals it may have. */
    public enum Figure {
        /** 万元: a unit's whole expenditure is far below 10^10 万元 (10^14 yuan); 4 decimals reach the yuan. */
        AMOUNT("万元", BigDecimal.ZERO, new BigDecimal("10000000000"), false, 4),
        /** ㎡ of a building project, bounded like amounts. */
        AREA("㎡", BigDecimal.ZERO, new BigDecimal("10000000000"), false, 4),
        /** 人: headcounts are whole people. */
        HEADCOUNT("人", BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), true, 0),
        /** Counts of cases, tasks, indicators, vehicles. */
        COUNT("", BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), true, 0),
        /** A percentage entered as a figure (survey rates, execution rates can exceed 100, not 100 times). */
        PERCENT("%", BigDecimal.ZERO, BigDecimal.valueOf(10_000), true, 4),
        /** 分: the upper bound is the indicator's weight, given where the score is read. */
        SCORE("分", BigDecimal.ZERO, BigDecimal.valueOf(1_000), true, 2),
        /** 年度: the platform's campaigns lie within this century. */
        YEAR("年", BigDecimal.valueOf(2000), BigDecimal.valueOf(2100), true, 0);

        private final String unit;
        private final BigDecimal min;
        private final BigDecimal max;
        private final boolean maxInclusive;
        private final int decimals;

        Figure(String unit, BigDecimal min, BigDecimal max, boolean maxInclusive, int decimals) {
            this.unit = unit;
            this.min = min;
            this.max = max;
            this.maxInclusive = maxInclusive;
            this.decimals = decimals;
        }

        public BigDecimal min() {
            return min;
        }

        public BigDecimal max() {
            return max;
        }

        public boolean maxInclusive() {
            return maxInclusive;
        }

        public int decimals() {
            return decimals;
        }

        public String unit() {
            return unit;
        }

        /** "0至1000000人", "0至小于10000000000万元": the range as a message states it. */
        String range(BigDecimal upper, boolean upperInclusive) {
            return Decimals.plain(min) + "至" + (upperInclusive ? "" : "小于") + Decimals.plain(upper) + unit;
        }
    }

    /** How long a kind of text may be, in characters. */
    public enum Text {
        /**
         * One section of 附件3: the seed's longest (三、部门整体支出绩效情况) has about 3,400 characters and its whole report
         * about 9,000; 20,000 is some twelve printed pages, more than a section needs, and seven of them still render
         * and store in seconds.
         */
        SECTION(20_000),
        /** Reasons, justifications, comments, notes, 厉行节约保障措施: a paragraph or a few, at most a page. */
        PARAGRAPH(2_000),
        /** Names and titles: a unit's full name, a report title, a building project, a category. */
        NAME(200),
        /** A figure printed as text, e.g. "82.7%". */
        PRINTED_FIGURE(20);

        private final int maxChars;

        Text(int maxChars) {
            this.maxChars = maxChars;
        }

        public int maxChars() {
            return maxChars;
        }
    }

    /**
     * False for a number no field can hold and whose arithmetic could take minutes (too many digits, an exponent
     * like 1e100000 or 1e-100000). Checks only precision and scale, so it is cheap whatever the value.
     */
    public static boolean isTame(BigDecimal value) {
        int precision = value.precision();
        int scale = value.scale();
        return precision <= MAX_PRECISION && scale <= MAX_SCALE && (long) precision - scale <= MAX_INTEGER_DIGITS;
    }

    /** Why the value does not fit the figure, in Chinese after the field's label; empty when it fits. */
    public static Optional<String> check(Figure figure, BigDecimal value, String label) {
        return check(figure, value, figure.max, figure.maxInclusive, label);
    }

    /** As {@link #check(Figure, BigDecimal, String)} with another upper bound, e.g. a score's weight. */
    public static Optional<String> check(Figure figure, BigDecimal value, BigDecimal max, boolean maxInclusive, String label) {
        if (!isTame(value)) {
            return Optional.of(label + "超出允许范围");
        }
        int c = value.compareTo(max);
        if (value.compareTo(figure.min) < 0 || c > 0 || (c == 0 && !maxInclusive)) {
            return Optional.of(label + "超出允许范围（应为" + figure.range(max, maxInclusive) + "）：" + Decimals.plain(value));
        }
        if (decimalsOf(value) > figure.decimals) {
            return Optional.of(label + (figure.decimals == 0 ? "应为整数" : "最多保留" + figure.decimals + "位小数")
                    + "：" + value.toPlainString());
        }
        return Optional.empty();
    }

    /** Why the text is too long, e.g. "附件3“三、…”超过20000字（当前100000字）"; empty when it fits. */
    public static Optional<String> check(Text kind, String text, String label) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length > kind.maxChars) {
            return Optional.of(label + "超过" + kind.maxChars + "字（当前" + length + "字）");
        }
        return Optional.empty();
    }

    /** Decimals a tame value really has: 1.50 has 1, 1E+3 has 0. */
    static int decimalsOf(BigDecimal tame) {
        return Math.max(0, tame.stripTrailingZeros().scale());
    }
}
