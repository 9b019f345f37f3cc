package cn.perfeval.workflow.org;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.perfeval.workflow.common.SnapshotCache;

/**
 * Units are read on every list and every load but change a few times a year: they are kept in memory, dropped after
 * a change commits on this instance, and read again at most {@link #MAX_AGE} after a change on another instance.
 */
final class UnitCache {

    /** How stale another instance's change may be seen here (names and enabled flags shown in lists). */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(List<OrgUnitRecord> all, Map<Long, OrgUnitRecord> byId, UnitNameIndex names) {
    }

    private final SnapshotCache<Snapshot> snapshot;

    UnitCache(Supplier<List<OrgUnitRecord>> loader) {
        this.snapshot = new SnapshotCache<>(() -> {
            List<OrgUnitRecord> rows = loader.get().stream().sorted(Comparator.comparing(OrgUnitRecord::getId)).toList();
            Map<Long, OrgUnitRecord> byId = new LinkedHashMap<>();
            rows.forEach(u -> byId.put(u.getId(), u));
            return new Snapshot(rows, Map.copyOf(byId), new UnitNameIndex(rows));
        }, MAX_AGE);
    }

    List<OrgUnitRecord> all() {
        return snapshot.get().all();
    }

    /** The units whose name or short name contains the text, in id order, without reading every unit's name. */
    List<OrgUnitRecord> named(String text) {
        return snapshot.get().names().containing(text);
    }

    Optional<OrgUnitRecord> find(long id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** Drops the snapshot once the running transaction commits (or now, outside one), so readers see the change. */
    void changed() {
        snapshot.changed();
    }
}
