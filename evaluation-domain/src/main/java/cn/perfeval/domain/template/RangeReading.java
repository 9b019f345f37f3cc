package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.common.JsonReading;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reading the bands of a range-based rule or of the score grades: bounds, and coverage of every value exactly once. */
final class RangeReading {

    private RangeReading() {
    }

    /** Reads the bound keys atLeast / above / atMost / below. */
    static Optional<Range> range(JsonReading r, JsonNode n, String path) {
        int problemsBefore = r.problems().size();
        Optional<BigDecimal> atLeast = r.optionalNumber(n, "atLeast", path, false);
        Optional<BigDecimal> above = r.optionalNumber(n, "above", path, false);
        Optional<BigDecimal> atMost = r.optionalNumber(n, "atMost", path, false);
        Optional<BigDecimal> below = r.optionalNumber(n, "below", path, false);
        if (atLeast.isPresent() && above.isPresent()) {
            r.problem(path, "下限只能写 atLeast 或 above 之一");
        }
        if (atMost.isPresent() && below.isPresent()) {
            r.problem(path, "上限只能写 atMost 或 below 之一");
        }
        if (r.problems().size() > problemsBefore) {
            return Optional.empty();
        }
        BigDecimal lower = atLeast.orElse(above.orElse(null));
        BigDecimal upper = atMost.orElse(below.orElse(null));
        Range range = new Range(lower, atLeast.isPresent(), upper, atMost.isPresent());
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || (c == 0 && !(range.lowerInclusive() && range.upperInclusive()))) {
                r.problem(path, "区间为空：下限" + plain(lower) + "不小于上限" + plain(upper));
                return Optional.empty();
            }
        }
        return Optional.of(range);
    }

    /** Ranges must cover every value exactly once, so that a value can never fall between or into two bands. */
    static void checkCoverage(JsonReading r, List<Range> ranges, String path) {
        if (ranges.isEmpty()) {
            r.problem(path, "至少需要一个分档");
            return;
        }
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::lower, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(x -> !x.lowerInclusive()));
        if (sorted.get(0).lower() != null) {
            r.problem(path, "分档未覆盖低于" + plain(sorted.get(0).lower()) + "的取值");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Range prev = sorted.get(i - 1);
            Range next = sorted.get(i);
            if (prev.upper() == null || next.lower() == null) {
                r.problem(path, "分档有重叠");
                return;
            }
            int c = prev.upper().compareTo(next.lower());
            if (c > 0 || (c == 0 && prev.upperInclusive() && next.lowerInclusive())) {
                r.problem(path, "分档在" + plain(next.lower()) + "处重叠");
            } else if (c < 0 || (!prev.upperInclusive() && !next.lowerInclusive())) {
                r.problem(path, "分档在" + plain(prev.upper()) + "与" + plain(next.lower()) + "之间有空缺");
            }
        }
        if (sorted.get(sorted.size() - 1).upper() != null) {
            r.problem(path, "分档未覆盖高于" + plain(sorted.get(sorted.size() - 1).upper()) + "的取值");
        }
    }

    static String plain(BigDecimal v) {
        return Decimals.plain(v);
    }
}
