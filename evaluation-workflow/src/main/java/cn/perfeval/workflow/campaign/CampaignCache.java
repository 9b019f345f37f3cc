package cn.perfeval.workflow.campaign;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.workflow.common.SnapshotCache;
import org.springframework.stereotype.Component;

/**
 * The campaigns (a few a year) read by every inbox and board: kept in memory, dropped once a change commits on this
 * instance, and read again at most {@link #MAX_AGE} after a change on another instance. The rule a decision rests on
 * (may this unit still submit?) reads the row itself, never this cache.
 */
@Component
public class CampaignCache {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(List<CampaignRecord> newestFirst, Map<Long, CampaignRecord> byId) {
    }

    private final CampaignMapper campaigns;
    private final SnapshotCache<Snapshot> snapshot;

    public CampaignCache(CampaignMapper campaigns) {
        this.campaigns = campaigns;
        this.snapshot = new SnapshotCache<>(() -> {
            List<CampaignRecord> rows = campaigns.newestFirst();
            Map<Long, CampaignRecord> byId = new LinkedHashMap<>();
            rows.forEach(c -> byId.put(c.getId(), c));
            return new Snapshot(List.copyOf(rows), Map.copyOf(byId));
        }, MAX_AGE);
    }

    public Optional<CampaignRecord> find(long id) {
        CampaignRecord c = snapshot.get().byId().get(id);
        // opened on another instance moments ago: read it rather than wait for the cache to age
        return c != null ? Optional.of(c) : Optional.ofNullable(campaigns.selectById(id));
    }

    /** Whether a campaign of that year is open (as of this cache: opened on another instance, seen within 30 s). */
    public boolean anyOpenOfYear(int year) {
        return snapshot.get().newestFirst().stream().anyMatch(c -> c.getCampaignYear() == year && !c.isClosed());
    }

    /** A campaign was opened, closed or reopened: the cache is dropped now and again once the change commits. */
    public void changed() {
        snapshot.changed();
    }
}
