package cn.perfeval.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.workflow.bundle.ReportBundleStore;
import cn.perfeval.workflow.bundle.ReportBundleStore.BundleJob;
import cn.perfeval.workflow.bundle.ReportBundleStore.State;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * All published evaluations of a campaign as one ZIP, built in the background: each evaluation is rendered straight
 * into a temporary file, so neither the ZIP nor more than one evaluation is ever held in memory; the finished file
 * and the job's progress are kept in the database, so any instance can answer the page's polls and the download.
 */
@Service
public class ReportBundleJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportBundleJobs.class);
    private static final Duration KEEP = Duration.ofHours(24);
    /** How often a running job's instance says it is alive, and how long a silence means it died. */
    static final Duration BEAT = Duration.ofSeconds(10);
    static final Duration STALE = Duration.ofSeconds(40);
    static final String DIED = "打包中断（处理它的服务实例已停止），请点击“重新打包”";

    /** A job as the page shows it; {@code failures} are the files left out, each with why. */
    public record Progress(String jobId, long campaignId, State state, int done, int total, String fileName,
                           String message, List<String> failures) {
    }

    private final ReportModels models;
    private final ReportRendering rendering;
    private final CampaignService campaigns;
    private final ReportBundleStore store;
    private final Clock clock;
    // One job at a time per instance: rendering PDFs is CPU-bound and these machines have two cores.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-bundle");
        thread.setDaemon(true);
        return thread;
    });
    // Beats for this instance's running job and fails other instances' dead ones, even when nobody polls.
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-bundle-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    ReportBundleJobs(ReportModels models, ReportRendering rendering, CampaignService campaigns,
                     ReportBundleStore store, Clock clock) {
        this.models = models;
        this.rendering = rendering;
        this.campaigns = campaigns;
        this.store = store;
        this.clock = clock;
        watch.scheduleWithFixedDelay(this::watch, BEAT.toSeconds(), BEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public Progress start(Actor actor, long campaignId) {
        requireBureau(actor);
        String year = campaigns.campaign(actor, campaignId).year() + "年度";
        List<Long> ids = models.publishedOf(campaignId);
        if (ids.isEmpty()) {
            throw UseCaseException.conflict("NOTHING_PUBLISHED", "该评价任务还没有已公开的自评，无需打包");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        store.deleteStartedBefore(now.minus(KEEP));
        String id = UUID.randomUUID().toString();
        store.create(id, campaignId, actor.username(), ids.size(), year + "部门整体支出绩效自评报告（已公开）.zip", now);
        running.add(id);
        worker.submit(() -> run(id, ids));
        return progress(actor, id);
    }

    /** 重新打包: a new job for the same campaign, whatever became of this one. */
    public Progress restart(Actor actor, String jobId) {
        return start(actor, job(actor, jobId).campaignId());
    }

    public Progress progress(Actor actor, String jobId) {
        failDead();
        BundleJob job = job(actor, jobId);
        return new Progress(job.id(), job.campaignId(), job.state(), job.done(), job.total(), job.fileName(),
                job.message(), job.failures());
    }

    private void watch() {
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            running.forEach(id -> store.beat(id, now));
            failDead();
        } catch (RuntimeException e) {
            log.warn("打包任务心跳失败", e);
        }
    }

    private void failDead() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (store.failStale(now.minus(STALE), DIED, now) > 0) {
            log.warn("发现处理实例已停止的打包任务，已标为失败");
        }
    }

    /** The finished ZIP's name and size, checked before its bytes are streamed by {@link #writeTo}. */
    public BundleJob finished(Actor actor, String jobId) {
        BundleJob job = job(actor, jobId);
        if (job.state() != State.DONE) {
            throw UseCaseException.conflict("BUNDLE_NOT_READY", "打包尚未完成，请稍候");
        }
        return job;
    }

    public void writeTo(String jobId, OutputStream out) throws IOException {
        store.writeTo(jobId, out);
    }

    private BundleJob job(Actor actor, String jobId) {
        requireBureau(actor);
        return store.find(jobId)
                .orElseThrow(() -> UseCaseException.notFound("BUNDLE_NOT_FOUND", "打包任务不存在或已过期"));
    }

    private void run(String id, List<Long> ids) {
        Path file = null;
        BundleFailures failures = new BundleFailures();
        try {
            file = Files.createTempFile("report-bundle-", ".zip");
            int[] done = {0};
            Iterator<EvaluationReportModel> each = ids.stream().map(evaluationId -> {
                try {
                    return models.forPublic(evaluationId);
                } catch (RuntimeException e) {
                    log.error("打包时无法读取评价 {}", evaluationId, e);
                    failures.unreadable(evaluationId);
                    store.progress(id, ++done[0], LocalDateTime.now(clock));
                    return null;
                }
            }).filter(Objects::nonNull).iterator();
            try (OutputStream out = Files.newOutputStream(file)) {
                rendering.bundleWriter().write(out, each,
                        (n, model) -> store.progress(id, ++done[0], LocalDateTime.now(clock)), failures);
            }
            store.finish(id, file, LocalDateTime.now(clock), failures.summary(), failures.lines());
        } catch (IOException | RuntimeException e) {
            log.error("打包失败：{}", id, e);
            store.fail(id, "打包失败，请点击“重新打包”；如仍失败请联系管理员", LocalDateTime.now(clock));
        } finally {
            running.remove(id);
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("临时文件未能删除：{}", file, e);
        }
    }

    /** The same rule as the API, for the page: only bureau staff may pack a campaign. */
    static void requireBureau(Actor actor) {
        if (!actor.isFinanceBureau() || !(actor.has(Role.FINANCE_REVIEWER) || actor.has(Role.PUBLISHER)
                || actor.has(Role.ADMIN))) {
            throw UseCaseException.forbidden("NOT_BUREAU_STAFF", "只有财政局的评审、发布或管理人员可以打包下载");
        }
    }

    @PreDestroy
    void stop() {
        watch.shutdownNow();
        worker.shutdownNow();
    }
}
