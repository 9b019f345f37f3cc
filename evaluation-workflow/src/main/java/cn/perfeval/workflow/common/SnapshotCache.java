package cn.perfeval.workflow.common;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What changes a few times a year but is read on every request (units, campaigns): one immutable snapshot, dropped
 * when a change commits on this instance and read again at most {@code maxAge} after a change on another instance.
 */
public final class SnapshotCache<T> {

    private record Entry<T>(T value, long loadedAtNanos) {
    }

    private final Supplier<T> loader;
    private final Duration maxAge;
    private volatile Entry<T> entry;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private final Object loading = new Object();

    public SnapshotCache(Supplier<T> loader, Duration maxAge) {
        this.loader = loader;
        this.maxAge = maxAge;
    }

    public T get() {
        Entry<T> e = entry;
        if (e != null) {
            if (System.nanoTime() - e.loadedAtNanos() <= maxAge.toNanos()) {
                return e.value();
            }
            // aged out (only another instance's change can be missing): one reader reloads, the others keep the
            // snapshot for those moments instead of all reading the whole table at once
            if (!refreshing.compareAndSet(false, true)) {
                return e.value();
            }
            try {
                Entry<T> fresh = new Entry<>(loader.get(), System.nanoTime());
                if (entry == e) {  // not dropped by a change meanwhile: what was read may predate that change
                    entry = fresh;
                }
                return fresh.value();
            } finally {
                refreshing.set(false);
            }
        }
        synchronized (loading) {
            e = entry;
            if (e == null) {
                e = new Entry<>(loader.get(), System.nanoTime());
                entry = e;
            }
            return e.value();
        }
    }

    /** Drops the snapshot now and again once the running transaction ends, so no reader keeps the old rows. */
    public void changed() {
        entry = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entry = null;
                }
            });
        }
    }
}
