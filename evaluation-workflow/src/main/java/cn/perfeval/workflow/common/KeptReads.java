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
            return size() > maxKept;
        }
    };
    private final int maxKept;
    private long generation;
    private final long maxAgeNanos;

    public KeptReads() {
        this(MAX_AGE);
    }

    /** Values kept for at most {@code maxAge} after they were read, unless a change drops them sooner. */
    public KeptReads(Duration maxAge) {
        this(maxAge, MAX_KEPT);
    }

    /** As {@link #KeptReads(Duration)}, keeping at most {@code maxKept} values (large ones: fewer). */
    public KeptReads(Duration maxAge, int maxKept) {
        this.maxAgeNanos = maxAge.toNanos();
        this.maxKept = maxKept;
    }
    private final java.util.Set<Object> refreshing = new java.util.HashSet<>();

    /** The value kept for this key (a record of the query and its parameters), or what {@code count} reads now. */
    public <T> T get(Object key, Supplier<T> read) {
        return get(key, read, value -> true);
    }

    /** As {@link #get(Object, Supplier)}, keeping only a value {@code worthKeeping} accepts (a miss is read again). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read, java.util.function.Predicate<T> worthKeeping) {
        long counting;
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && System.nanoTime() - k.readAtNanos() <= maxAgeNanos) {
                return (T) k.value();
            }
            // aged out (only another instance's change can be missing): one reader reads it again, the others keep
            // the value for those moments instead of all counting at once
            if (k != null && !refreshing.add(key)) {
                return (T) k.value();
            }
            counting = generation;
        }
        try {
            T value = read.get();
            synchronized (kept) {
                // a change committed while this was read: the value may be older than the change, so it is not kept
                if (counting == generation && worthKeeping.test(value)) {
                    kept.put(key, new Kept(value, System.nanoTime(), counting));
                }
            }
            return value;
        } finally {
            synchronized (kept) {
                refreshing.remove(key);
            }
        }
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
