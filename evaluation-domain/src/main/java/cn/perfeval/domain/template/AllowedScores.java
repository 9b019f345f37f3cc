package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The scores a scoring standard can give: a part's outcomes, or an indicator's sums of its parts' outcomes. Scores keep
 * 2 decimals, so the set lives on the grid of hundredths. It says itself as a reviewer reads it: "5、3、0",
 * "0至4分之间以0.5分为单位", or in the standard's own words where a part is judged.
 */
public final class AllowedScores {

    /** Up to this many values are listed one by one. */
    private static final int LISTED = 12;
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private final BitSet hundredths;
    private final String statement;

    private AllowedScores(BitSet hundredths, String statement) {
        this.hundredths = hundredths;
        this.statement = statement;
    }

    /** Exactly these values. */
    public static AllowedScores of(Collection<BigDecimal> values) {
        BitSet bits = new BitSet();
        values.forEach(v -> bits.set(index(v)));
        return new AllowedScores(bits, null);
    }

    public static AllowedScores of(BigDecimal... values) {
        return of(List.of(values));
    }

    /** 0, step, 2 × step … up to max (a judged part with a step, or 0.01 for any 2-decimal score). */
    public static AllowedScores steps(BigDecimal max, BigDecimal step) {
        BitSet bits = new BitSet();
        int top = index(max);
        int by = Math.max(1, index(step));
        for (int i = 0; i <= top; i += by) {
            bits.set(i);
        }
        bits.set(top);
        return new AllowedScores(bits, null);
    }

    /** Any score from 0 to max with 2 decimals: a rate times the weight, a judged part. */
    public static AllowedScores anyUpTo(BigDecimal max) {
        return steps(max, HUNDREDTH);
    }

    /** points − k × per for k = 0, 1, …, each rounded to 2 decimals and floored at 0 ("每…扣X分，扣完为止"). */
    public static AllowedScores deductions(BigDecimal points, BigDecimal per) {
        BitSet bits = new BitSet();
        BigDecimal v = points;
        while (v.signum() > 0) {
            bits.set(index(Decimals.score2(v)));
            v = v.subtract(per);
        }
        bits.set(0);
        return new AllowedScores(bits, null);
    }

    /** The same set, said in the standard's words (e.g. a lookup whose one answer is judged). */
    public AllowedScores statedAs(String words) {
        return new AllowedScores(hundredths, words);
    }

    public AllowedScores union(AllowedScores other) {
        BitSet bits = (BitSet) hundredths.clone();
        bits.or(other.hundredths);
        return new AllowedScores(bits, null);
    }

    /** Every sum of one value of this and one of the other: what an indicator made of two parts can give. */
    public AllowedScores plus(AllowedScores other) {
        if (other.isZeroOnly()) {
            return this;
        }
        if (isZeroOnly()) {
            return other;
        }
        BitSet sums = new BitSet();
        for (int i = hundredths.nextSetBit(0); i >= 0; i = hundredths.nextSetBit(i + 1)) {
            // runs of the other set are added whole, so continuous parts cost one step per value of this one
            for (int from = other.hundredths.nextSetBit(0); from >= 0; ) {
                int to = other.hundredths.nextClearBit(from);
                sums.set(i + from, i + to);
                from = other.hundredths.nextSetBit(to);
            }
        }
        return new AllowedScores(sums, null);
    }

    /** Without the values above max (an indicator is clamped to its weight). */
    public AllowedScores atMost(BigDecimal max) {
        BitSet bits = (BitSet) hundredths.clone();
        bits.clear(index(max) + 1, Math.max(bits.length(), index(max) + 1));
        return new AllowedScores(bits, statement);
    }

    /** True when the score, with at most 2 decimals, is one of the values. */
    public boolean allows(BigDecimal score) {
        if (score.signum() < 0 || score.stripTrailingZeros().scale() > 2) {
            return false;
        }
        return hundredths.get(index(score));
    }

    public BigDecimal max() {
        return value(hundredths.length() - 1);
    }

    public int size() {
        return hundredths.cardinality();
    }

    /** True when every score with 2 decimals from 0 to the maximum is allowed: nothing to check but the range. */
    public boolean isContinuous() {
        return hundredths.nextClearBit(0) == hundredths.length();
    }

    /** The values, highest first. */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = hundredths.length() - 1; i >= 0; i = hundredths.previousSetBit(i - 1)) {
            values.add(value(i));
        }
        return values;
    }

    /**
     * "5、3、0", "0至4分之间以0.5分为单位", "0至3分之间的任意分值", "2、1.85、1.7、1.55、1.4、1.25…0.05、0（共15个分值）",
     * or the standard's own words when given.
     */
    public String describe() {
        if (statement != null) {
            return statement;
        }
        int n = size();
        if (n <= LISTED) {
            return String.join("、", values().stream().map(Decimals::plain).toList());
        }
        String range = Decimals.plain(value(hundredths.nextSetBit(0))) + "至" + Decimals.plain(max()) + "分之间";
        if (isContinuous()) {
            return range + "的任意分值";
        }
        int step = commonStep();
        if (step > 0) {
            return range + "以" + Decimals.plain(value(step)) + "分为单位";
        }
        List<BigDecimal> values = values();
        return String.join("、", values.subList(0, 6).stream().map(Decimals::plain).toList()) + "…"
                + String.join("、", values.subList(n - 2, n).stream().map(Decimals::plain).toList()) + "（共" + n + "个分值）";
    }

    /** {@link #describe()}, and where the values are many and irregular, the ones nearest the score. */
    public String describeNear(BigDecimal score) {
        String described = describe();
        if (statement != null || size() <= LISTED || isContinuous() || commonStep() > 0) {
            return described;
        }
        List<BigDecimal> nearest = values().stream()
                .sorted(Comparator.comparing((BigDecimal v) -> v.subtract(score).abs()).thenComparing(Comparator.reverseOrder()))
                .limit(2).sorted(Comparator.reverseOrder()).toList();
        return described + "，与之最接近的是" + String.join("、", nearest.stream().map(Decimals::plain).toList());
    }

    /** The step of an arithmetic progression from the lowest to the highest value, or 0 when the set is not one. */
    private int commonStep() {
        int first = hundredths.nextSetBit(0);
        int second = hundredths.nextSetBit(first + 1);
        if (second < 0) {
            return 0;
        }
        int step = second - first;
        for (int i = first; i >= 0 && i < hundredths.length(); i += step) {
            if (!hundredths.get(i)) {
                return 0;
            }
        }
        return (hundredths.length() - 1 - first) % step == 0 && size() == (hundredths.length() - 1 - first) / step + 1 ? step : 0;
    }

    private boolean isZeroOnly() {
        return hundredths.cardinality() == 1 && hundredths.get(0);
    }

    private static int index(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).movePointRight(2).intValueExact();
    }

    private static BigDecimal value(int index) {
        return BigDecimal.valueOf(index, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllowedScores a && a.hundredths.equals(hundredths) && Objects.equals(a.statement, statement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hundredths, statement);
    }

    @Override
    public String toString() {
        return describe();
    }
}
