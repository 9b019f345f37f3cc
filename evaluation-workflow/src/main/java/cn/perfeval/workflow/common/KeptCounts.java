package cn.perfeval.workflow.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The totals of lists and boards (how many evaluations match a filter, where a campaign's units stand): counting a
 * hundred thousand rows on every page turn made each page cost more as the data grew. A total is counted once and
 * kept until an evaluation or campaign changes on this instance (dropped when that change commits) or, for changes
 * made on another instance, for at most {@link #MAX_AGE}; the rows of a page are always read fresh.
 */
@Component
public class KeptCounts {

    public static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** Filters people type (a unit's name) make keys without end: the least recently used go first. */
    static final int MAX_KEPT = 5_000;

    private record Kept(Object value, long countedAtNanos, long generation) {
    }

    private final Map<Object, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
            return size() > MAX_KEPT;
        }
    };
    private long generation;

    /** The value kept for this key (a record of the query and its parameters), or what {@code count} gives now. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> count) {
        long counting;
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && System.nanoTime() - k.countedAtNanos() <= MAX_AGE.toNanos()) {
                return (T) k.value();
            }
            counting = generation;
        }
        T value = count.get();
        synchronized (kept) {
            // a change committed while this was counted: the value may be older than the change, so it is not kept
            if (counting == generation) {
                kept.put(key, new Kept(value, System.nanoTime(), counting));
            }
        }
        return value;
    }

    @EventListener
    void on(ChangesCounts event) {
        changed();
    }

    /** Something counted changed: forget every total now and again once the running transaction ends. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        synchronized (kept) {
            kept.clear();
            generation++;
        }
    }
}
