package cn.perfeval.domain.template;

import cn.perfeval.domain.basicdata.BasicDataSheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A number a rule reads: an input of the indicator, an Attachment-1 figure ({@code basicData.…}),
 * or the sum, difference or absolute difference of such.
 */
public sealed interface Operand permits Operand.Ref, Operand.Sum, Operand.Difference, Operand.AbsoluteDifference {

    /** Every source named, in order. */
    List<Ref> refs();

    /** An input name or {@code basicData.…} path; {@code ifMissing} (may be null) stands in when it is not entered. */
    record Ref(String source, BigDecimal ifMissing) implements Operand {
        public boolean isBasicData() {
            return source.startsWith(BasicDataSheet.SOURCE_PREFIX);
        }

        @Override
        public List<Ref> refs() {
            return List.of(this);
        }
    }

    record Sum(List<Operand> terms) implements Operand {
        public Sum {
            terms = List.copyOf(terms);
        }

        @Override
        public List<Ref> refs() {
            return collect(terms);
        }
    }

    /**
     * The first term minus every other; with {@code floorAtZero}, a result below 0 counts as 0
     * (e.g. exempt adjustments larger than the change itself).
     */
    record Difference(List<Operand> terms, boolean floorAtZero) implements Operand {
        public Difference {
            terms = List.copyOf(terms);
        }

        public Difference(List<Operand> terms) {
            this(terms, false);
        }

        @Override
        public List<Ref> refs() {
            return collect(terms);
        }
    }

    /** The absolute value of the first term minus every other: |a − b − …|, never negative. */
    record AbsoluteDifference(List<Operand> terms) implements Operand {
        public AbsoluteDifference {
            terms = List.copyOf(terms);
        }

        @Override
        public List<Ref> refs() {
            return collect(terms);
        }
    }

    private static List<Ref> collect(List<Operand> terms) {
        List<Ref> all = new ArrayList<>();
        terms.forEach(t -> all.addAll(t.refs()));
        return all;
    }
}
