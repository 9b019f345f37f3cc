package cn.perfeval.workflow.org;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Units are read on every list and every load but change a few times a year: they are kept in memory, dropped after
 * a change commits on this instance, and read again at most {@link #MAX_AGE} after a change on another instance.
 */
final class UnitCache {

    /** How stale another instance's change may be seen here (names and enabled flags shown in lists). */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(List<OrgUnitRecord> all, Map<Long, OrgUnitRecord> byId, long loadedAtNanos) {
    }

    private final Supplier<List<OrgUnitRecord>> loader;
    private volatile Snapshot snapshot;

    UnitCache(Supplier<List<OrgUnitRecord>> loader) {
        this.loader = loader;
    }

    List<OrgUnitRecord> all() {
        return current().all();
    }

    Optional<OrgUnitRecord> find(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** Drops the snapshot once the running transaction commits (or now, outside one), so readers see the change. */
    void changed() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAtNanos() > MAX_AGE.toNanos()) {
            List<OrgUnitRecord> rows = loader.get().stream().sorted(Comparator.comparing(OrgUnitRecord::getId)).toList();
            Map<Long, OrgUnitRecord> byId = new LinkedHashMap<>();
            rows.forEach(u -> byId.put(u.getId(), u));
            s = new Snapshot(rows, Map.copyOf(byId), System.nanoTime());
            snapshot = s;
        }
        return s;
    }
}
