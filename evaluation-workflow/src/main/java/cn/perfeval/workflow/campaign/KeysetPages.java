package cn.perfeval.workflow.campaign;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A campaign's units walked in pages by unit id: each page read when the one before is done, after its last id, so a
 * campaign of any size holds one page in memory and a page shorter than asked is the last.
 */
final class KeysetPages {

    private KeysetPages() {
    }

    /** {@code after}: the page of at most {@code size} rows whose key is above the given one (0 for the first). */
    static <T> Iterable<List<T>> of(int size, ToLongFunction<T> key, LongFunction<List<T>> after) {
        return () -> new Iterator<>() {
            private List<T> next = after.apply(0);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<T> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<T> page = next;
                next = page.size() < size ? List.of() : after.apply(key.applyAsLong(page.get(page.size() - 1)));
                return page;
            }
        };
    }
}
