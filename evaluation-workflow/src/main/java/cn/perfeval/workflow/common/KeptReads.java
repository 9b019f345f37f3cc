package cn.perfeval.workflow.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database for many requests (totals of lists, who holds a role in a unit), each kept under its
 * key until {@link #changed()} on this instance (once the changing transaction ends) or, for changes made on another
 * instance, for at most {@link #MAX_AGE}.
 */
public class KeptReads {

    public static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** Keys people type (a unit's name) come without end: the least recently used go first. */
    static final int MAX_KEPT = 5_000;

    private record Kept(Object value, long readAtNanos, long generation) {
    }

    private final Map<Object, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
            return size() > MAX_KEPT;
        }
    };
    private long generation;

    /** The value kept for this key (a record of the query and its parameters), or what {@code count} reads now. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        long counting;
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && System.nanoTime() - k.readAtNanos() <= MAX_AGE.toNanos()) {
                return (T) k.value();
            }
            counting = generation;
        }
        T value = read.get();
        synchronized (kept) {
            // a change committed while this was read: the value may be older than the change, so it is not kept
            if (counting == generation) {
                kept.put(key, new Kept(value, System.nanoTime(), counting));
            }
        }
        return value;
    }

    /** Something kept changed: forget every value now and again once the running transaction ends. */
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
