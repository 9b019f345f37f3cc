package cn.perfeval.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * All published evaluations of a campaign as one ZIP, built in the background: each evaluation is rendered straight
 * into a file on disk, so neither the ZIP nor more than one evaluation is ever held in memory; the page polls the
 * job's progress and then downloads the file as a stream.
 */
@Service
public class ReportBundleJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportBundleJobs.class);
    private static final Duration KEEP = Duration.ofHours(24);

    public enum State { RUNNING, DONE, FAILED }

    public record Progress(String jobId, long campaignId, State state, int done, int total, String fileName,
                           String message) {
    }

    private final ReportModels models;
    private final ReportRendering rendering;
    private final CampaignService campaigns;
    private final Clock clock;
    private final Path directory;
    // One job at a time: rendering PDFs is CPU-bound and these machines have two cores.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-bundle");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ReportBundleJobs(ReportModels models, ReportRendering rendering, CampaignService campaigns, Clock clock,
                     @Value("${EVAL_DATA_DIR:./data}") String dataDir) {
        this.models = models;
        this.rendering = rendering;
        this.campaigns = campaigns;
        this.clock = clock;
        this.directory = Path.of(dataDir, "exports");
    }

    public Progress start(Actor actor, long campaignId) {
        requireBureau(actor);
        String campaignName = campaigns.list(actor).stream().filter(c -> c.id() == campaignId).findFirst()
                .map(c -> c.year() + "年度")
                .orElseThrow(() -> UseCaseException.notFound("CAMPAIGN_NOT_FOUND", "评价任务不存在"));
        List<Long> ids = models.publishedOf(campaignId);
        if (ids.isEmpty()) {
            throw UseCaseException.conflict("NOTHING_PUBLISHED", "该评价任务还没有已公开的自评，无需打包");
        }
        removeExpired();
        Job job = new Job(UUID.randomUUID().toString(), campaignId, actor.username(), ids.size(),
                campaignName + "部门整体支出绩效自评报告（已公开）.zip", clock.instant());
        jobs.put(job.id, job);
        worker.submit(() -> run(job, ids));
        return job.progress();
    }

    public Progress progress(Actor actor, String jobId) {
        return job(actor, jobId).progress();
    }

    /** The finished file, to be streamed to the caller. */
    public Path file(Actor actor, String jobId) {
        Job job = job(actor, jobId);
        if (job.state != State.DONE) {
            throw UseCaseException.conflict("BUNDLE_NOT_READY", "打包尚未完成，请稍候");
        }
        return job.file;
    }

    private Job job(Actor actor, String jobId) {
        requireBureau(actor);
        return Optional.ofNullable(jobs.get(jobId))
                .orElseThrow(() -> UseCaseException.notFound("BUNDLE_NOT_FOUND", "打包任务不存在或已过期"));
    }

    private void run(Job job, List<Long> ids) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(job.id + ".zip");
            Iterator<EvaluationReportModel> each = ids.stream().map(models::forPublic).iterator();
            try (OutputStream out = Files.newOutputStream(file)) {
                rendering.bundleWriter().write(out, each, (done, model) -> job.done.set(done));
            }
            job.file = file;
            job.state = State.DONE;
        } catch (IOException | RuntimeException e) {
            log.error("打包失败：评价任务 {}", job.campaignId, e);
            job.message = "打包失败，请稍后重试；如仍失败请联系管理员";
            job.state = State.FAILED;
        }
    }

    private void removeExpired() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(job -> {
            boolean old = job.startedAt.isBefore(limit);
            if (old && job.file != null) {
                try {
                    Files.deleteIfExists(job.file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return old;
        });
    }

    private static void requireBureau(Actor actor) {
        if (!actor.isFinanceBureau() || !(actor.has(Role.FINANCE_REVIEWER) || actor.has(Role.PUBLISHER)
                || actor.has(Role.ADMIN))) {
            throw UseCaseException.forbidden("NOT_BUREAU_STAFF", "只有财政局的评审、发布或管理人员可以打包下载");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final long campaignId;
        final String requestedBy;
        final int total;
        final String fileName;
        final Instant startedAt;
        final AtomicInteger done = new AtomicInteger();
        volatile State state = State.RUNNING;
        volatile Path file;
        volatile String message;

        Job(String id, long campaignId, String requestedBy, int total, String fileName, Instant startedAt) {
            this.id = id;
            this.campaignId = campaignId;
            this.requestedBy = requestedBy;
            this.total = total;
            this.fileName = fileName;
            this.startedAt = startedAt;
        }

        Progress progress() {
            return new Progress(id, campaignId, state, done.get(), total, fileName, message);
        }
    }
}
