package cn.perfeval.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KeptCountsTest {

    private final KeptCounts counts = new KeptCounts();
    private final AtomicInteger counted = new AtomicInteger();

    private long count(Object key, long value) {
        return counts.get(key, () -> {
            counted.incrementAndGet();
            return value;
        });
    }

    @Test
    void aTotalIsCountedOncePerKeyUntilSomethingChanges() {
        assertThat(count("published", 100)).isEqualTo(100);
        assertThat(count("published", 101)).as("kept").isEqualTo(100);
        assertThat(count("2015", 7)).as("another filter is its own total").isEqualTo(7);
        assertThat(counted).hasValue(2);

        counts.on(new ChangesCounts() { });

        assertThat(count("published", 101)).as("counted afresh after a change").isEqualTo(101);
        assertThat(counted).hasValue(3);
    }

    @Test
    void aTotalCountedWhileAChangeCommittedIsNotKept() {
        long seen = counts.get("published", () -> {
            counts.changed();  // another request's change commits while this one counts
            return 100L;
        });
        assertThat(seen).isEqualTo(100);
        assertThat(count("published", 101)).as("the count that raced the change was not kept").isEqualTo(101);
    }

    @Test
    void filtersWithoutEndKeepOnlyTheMostRecentlyUsed() {
        for (int i = 0; i <= KeptCounts.MAX_KEPT; i++) {
            count("name" + i, i);
        }
        counted.set(0);
        count("name0", 0);
        assertThat(counted).as("the eldest filter was let go").hasValue(1);
        count("name" + KeptCounts.MAX_KEPT, 0);
        assertThat(counted).as("the newest is kept").hasValue(1);
    }
}
