package cn.perfeval.workflow.editing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import cn.perfeval.workflow.campaign.CampaignUnitMapper.PendingUnit;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.KeptCounts;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the drafts a large campaign left pending ({@code campaign_unit.draft_pending}), a batch of
 * {@code eval.campaign-drafts.batch-size} units per transaction, after the opening commits, at start-up and every
 * {@code eval.campaign-drafts.poll}, so a campaign interrupted by a stop is finished by the next start or by another
 * instance. Each batch is first claimed by a conditional UPDATE committed on its own, so two instances make different
 * batches; a claim older than {@code eval.campaign-drafts.claim-expiry} (its instance died) is taken over. A unit that
 * has its evaluation of the year by then (imported, or started by its submitter) is attached, never given a second
 * draft; the unique key on unit and year stays the last guard.
 */
@Component
public class BackgroundDrafts {

    private static final Logger log = LoggerFactory.getLogger(BackgroundDrafts.class);

    private final Drafts drafts;
    private final CampaignUnitMapper campaignUnits;
    private final CampaignMapper campaigns;
    private final KeptCounts counts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final Duration claimExpiry;
    private final boolean enabled;
    /** Who claims: this instance for as long as it runs. */
    private final String instance = "drafts-" + UUID.randomUUID();
    private volatile boolean stopping;
    // One batch at a time per instance: a draft's process start is CPU-bound and these machines have two cores.
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "campaign-drafts");
        thread.setDaemon(true);
        return thread;
    });

    BackgroundDrafts(Drafts drafts, CampaignUnitMapper campaignUnits, CampaignMapper campaigns, KeptCounts counts,
                     PlatformTransactionManager transactions, Clock clock,
                     @Value("${eval.campaign-drafts.batch-size:200}") int batchSize,
                     @Value("${eval.campaign-drafts.claim-expiry:10m}") Duration claimExpiry,
                     @Value("${eval.campaign-drafts.poll:30s}") Duration poll,
                     @Value("${eval.campaign-drafts.background:true}") boolean enabled) {
        this.drafts = drafts;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.counts = counts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.claimExpiry = claimExpiry;
        this.enabled = enabled;
        if (enabled) {
            worker.scheduleWithFixedDelay(this::finishLogged, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        wake();
    }

    /** Starts making pending drafts on this instance's worker (soon, not in the caller's thread). */
    public void wake() {
        if (enabled) {
            worker.execute(this::finishLogged);
        }
    }

    /**
     * Lets the batch under way finish (stopped in its middle it would stay claimed until the claim expires), then gives
     * back what this instance still holds.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
            worker.shutdownNow();
            return;
        }
        try {
            transaction.executeWithoutResult(s -> campaignUnits.releaseDraftClaims(instance));
        } catch (RuntimeException e) {
            log.warn("释放后台草稿生成的认领失败，认领将在过期后由其他实例接手", e);
        }
    }

    private void finishLogged() {
        try {
            finishPending();
        } catch (RuntimeException e) {
            log.warn("后台生成评价任务草稿失败，稍后重试", e);
        }
    }

    /** Makes pending drafts until none is left unclaimed; answers how many units were done here. */
    public int finishPending() {
        int done = 0;
        for (int batch = runOneBatch(); batch >= 0 && !stopping; batch = runOneBatch()) {
            done += batch;
        }
        return done;
    }

    /**
     * Claims and makes one batch (of one campaign); answers the units done, 0 when another instance claimed them
     * first, -1 when nothing is left to claim.
     */
    public int runOneBatch() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime stale = now.minus(claimExpiry);
        List<PendingUnit> found = transaction.execute(s -> campaignUnits.pendingUnclaimed(stale, batchSize));
        if (found == null || found.isEmpty()) {
            return -1;
        }
        long campaignId = found.get(0).campaignId();
        List<Long> candidates = found.stream().filter(u -> u.campaignId() == campaignId).map(PendingUnit::unitId).toList();
        List<Long> claimed = transaction.execute(s -> {
            campaignUnits.claimDrafts(campaignId, candidates, instance, now, stale);
            return campaignUnits.claimedDrafts(campaignId, instance, now);
        });
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(s -> make(campaignId, claimed));
        } catch (RuntimeException batchFailed) {
            // one unit's trouble (say its submitter started the draft at the same moment) must not hold up the others
            log.warn("评价任务 {} 的一批草稿生成失败，逐个单位重试", campaignId, batchFailed);
            for (Long unitId : claimed) {
                try {
                    transaction.executeWithoutResult(s -> make(campaignId, List.of(unitId)));
                } catch (RuntimeException unitFailed) {
                    // left claimed: tried again once the claim expires, not in a tight loop
                    log.warn("评价任务 {} 单位 {} 的草稿生成失败", campaignId, unitId, unitFailed);
                }
            }
        }
        counts.changed();
        log.info("评价任务 {}：{} 个单位的草稿已生成，用时 {} ms", campaignId, claimed.size(),
                (System.nanoTime() - started) / 1_000_000);
        return claimed.size();
    }

    private void make(long campaignId, List<Long> unitIds) {
        CampaignRecord c = campaigns.selectById(campaignId);
        // made on behalf of whoever opened the campaign; the trail names them with the draft
        Actor actor = new Actor(0L, c.getCreatedBy(), "系统（后台生成草稿）", 0L, null, Set.of(), null);
        drafts.forCampaign(actor, campaignId, c.getCampaignYear(), c.getTemplateCode(), unitIds);
        campaignUnits.draftsMade(campaignId, unitIds);
    }
}
