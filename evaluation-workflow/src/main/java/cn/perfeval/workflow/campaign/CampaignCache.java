package cn.perfeval.workflow.campaign;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The campaigns (a few a year) read by every inbox and board: kept in memory, dropped once a change commits on this
 * instance, and read again at most {@link #MAX_AGE} after a change on another instance. The rule a decision rests on
 * (may this unit still submit?) reads the row itself, never this cache.
 */
@Component
public class CampaignCache {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(List<CampaignRecord> newestFirst, Map<Long, CampaignRecord> byId, long loadedAtNanos) {
    }

    private final CampaignMapper campaigns;
    private volatile Snapshot snapshot;

    public CampaignCache(CampaignMapper campaigns) {
        this.campaigns = campaigns;
    }

    public Optional<CampaignRecord> find(long id) {
        CampaignRecord c = current().byId().get(id);
        // opened on another instance moments ago: read it rather than wait for the cache to age
        return c != null ? Optional.of(c) : Optional.ofNullable(campaigns.selectById(id));
    }

    /** A campaign was opened, closed or reopened: the cache is dropped now and again once the change commits. */
    public void changed() {
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
            List<CampaignRecord> rows = campaigns.newestFirst();
            Map<Long, CampaignRecord> byId = new LinkedHashMap<>();
            rows.forEach(c -> byId.put(c.getId(), c));
            s = new Snapshot(List.copyOf(rows), Map.copyOf(byId), System.nanoTime());
            snapshot = s;
        }
        return s;
    }
}
