package cn.perfeval.workflow.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The background ZIP jobs and their bytes (V5), shared by every instance through the database. */
@Repository
public class ReportBundleStore {

    static final int CHUNK = 1024 * 1024;

    public enum State { RUNNING, DONE, FAILED }

    public record BundleJob(String id, long campaignId, String requestedBy, State state, int done, int total,
                            String fileName, Long sizeBytes, String message, LocalDateTime startedAt,
                            LocalDateTime finishedAt, List<String> failures) {
    }

    private static final RowMapper<BundleJob> ROW = (rs, n) -> new BundleJob(rs.getString("id"),
            rs.getLong("campaign_id"), rs.getString("requested_by"), State.valueOf(rs.getString("state")),
            rs.getInt("done_count"), rs.getInt("total"), rs.getString("file_name"),
            (Long) rs.getObject("size_bytes", Long.class), rs.getString("message"),
            rs.getTimestamp("started_at").toLocalDateTime(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
            rs.getString("failures") == null || rs.getString("failures").isEmpty() ? List.of()
                    : List.of(rs.getString("failures").split("\n")));

    private final JdbcTemplate jdbc;

    public ReportBundleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String id, long campaignId, String requestedBy, int total, String fileName,
                       LocalDateTime startedAt) {
        jdbc.update("insert into report_bundle_job (id, campaign_id, requested_by, state, done_count, total, file_name, "
                        + "started_at, heartbeat_at) values (?, ?, ?, ?, 0, ?, ?, ?, ?)", id, campaignId, requestedBy,
                State.RUNNING.name(), total, fileName, Timestamp.valueOf(startedAt), Timestamp.valueOf(startedAt));
    }

    public void progress(String id, int done, LocalDateTime now) {
        jdbc.update("update report_bundle_job set done_count = ?, heartbeat_at = ? where id = ?", done,
                Timestamp.valueOf(now), id);
    }

    /** The running instance is alive: its jobs' heartbeats move on. */
    public void beat(String id, LocalDateTime now) {
        jdbc.update("update report_bundle_job set heartbeat_at = ? where id = ? and state = ?", Timestamp.valueOf(now),
                id, State.RUNNING.name());
    }

    /** Jobs whose instance stopped beating before {@code limit} died with it: they fail, so they can be started again. */
    public int failStale(LocalDateTime limit, String message, LocalDateTime now) {
        return jdbc.update("update report_bundle_job set state = ?, message = ?, finished_at = ? where state = ? "
                        + "and (heartbeat_at < ? or heartbeat_at is null and started_at < ?)", State.FAILED.name(), message,
                Timestamp.valueOf(now), State.RUNNING.name(), Timestamp.valueOf(limit), Timestamp.valueOf(limit));
    }

    /** Copies the finished ZIP into the database a chunk at a time, then marks the job done, all or nothing. */
    @Transactional
    public void finish(String id, Path zip, LocalDateTime finishedAt, String message, List<String> failures) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(zip)) {
            int no = 0;
            for (int read; (read = in.readNBytes(buffer, 0, CHUNK)) > 0; no++) {
                jdbc.update("insert into report_bundle_chunk (job_id, chunk_no, bytes) values (?, ?, ?)", id, no,
                        Arrays.copyOf(buffer, read));
            }
            jdbc.update("update report_bundle_job set state = ?, size_bytes = ?, finished_at = ?, message = ?, failures = ? "
                            + "where id = ? and state = ?", State.DONE.name(), Files.size(zip), Timestamp.valueOf(finishedAt),
                    message, failures.isEmpty() ? null : String.join("\n", failures), id, State.RUNNING.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fail(String id, String message, LocalDateTime finishedAt) {
        jdbc.update("update report_bundle_job set state = ?, message = ?, finished_at = ? where id = ?",
                State.FAILED.name(), message, Timestamp.valueOf(finishedAt), id);
    }

    public Optional<BundleJob> find(String id) {
        return jdbc.query("select * from report_bundle_job where id = ?", ROW, id).stream().findFirst();
    }

    /** Streams the stored ZIP one chunk per query, so at most one chunk is in memory. */
    public void writeTo(String id, OutputStream out) throws IOException {
        Integer chunks = jdbc.queryForObject("select count(*) from report_bundle_chunk where job_id = ?", Integer.class, id);
        for (int no = 0; no < (chunks == null ? 0 : chunks); no++) {
            List<byte[]> chunk = jdbc.query("select bytes from report_bundle_chunk where job_id = ? and chunk_no = ?",
                    (rs, n) -> rs.getBytes(1), id, no);
            out.write(chunk.get(0));
        }
    }

    /** Bundles are conveniences, not records: those older than the limit are removed with their bytes. */
    @Transactional
    public void deleteStartedBefore(LocalDateTime limit) {
        Timestamp before = Timestamp.valueOf(limit);
        jdbc.update("delete from report_bundle_chunk where job_id in "
                + "(select id from report_bundle_job where started_at < ?)", before);
        jdbc.update("delete from report_bundle_job where started_at < ?", before);
    }
}
