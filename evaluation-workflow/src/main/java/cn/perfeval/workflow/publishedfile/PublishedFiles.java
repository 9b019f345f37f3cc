package cn.perfeval.workflow.publishedfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.perfeval.workflow.event.EvaluationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rendered files of published evaluations (V20), shared by every instance: kept on the first public download of a
 * publication, read on every later one, deleted when the publication is withdrawn.
 */
@Repository
public class PublishedFiles {

    /** What is known of a kept file before its bytes are streamed. */
    public record KeptFile(long evaluationId, String format, LocalDateTime publishedAt, String renderer,
                           String fileName, String contentType, long size) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PublishedFiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<KeptFile> find(long evaluationId, String format, LocalDateTime publishedAt, String renderer) {
        return jdbc.query("select file_name, content_type, size_bytes from published_file "
                        + "where evaluation_id = ? and format = ? and published_at = ? and renderer = ?",
                (rs, n) -> new KeptFile(evaluationId, format, publishedAt, renderer, rs.getString(1), rs.getString(2),
                        rs.getLong(3)), evaluationId, format, Timestamp.valueOf(publishedAt), renderer).stream()
                .findFirst();
    }

    /** Copies the kept bytes to {@code out} from the row's stream; false when the file is gone (withdrawn meanwhile). */
    public boolean writeTo(KeptFile file, OutputStream out) {
        Boolean found = jdbc.query("select content from published_file where evaluation_id = ? and format = ? "
                + "and published_at = ? and renderer = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, file.evaluationId(), file.format(), Timestamp.valueOf(file.publishedAt()), file.renderer());
        return Boolean.TRUE.equals(found);
    }

    /**
     * Keeps a file rendered for this publication. Two instances rendering it at once both succeed: the second insert
     * meets the first's key and is dropped, and both rendered the same published state.
     */
    public void keep(long evaluationId, String format, LocalDateTime publishedAt, String renderer, String fileName,
                     String contentType, byte[] content) {
        Timestamp at = Timestamp.valueOf(publishedAt);
        // what an earlier renderer or a withdrawn publication left of this file is never served again: drop it
        jdbc.update("delete from published_file where evaluation_id = ? and format = ? "
                + "and (published_at <> ? or renderer <> ?)", evaluationId, format, at, renderer);
        try {
            jdbc.update("insert into published_file (evaluation_id, format, published_at, renderer, file_name, "
                            + "content_type, size_bytes, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    evaluationId, format, at, renderer, fileName, contentType, (long) content.length, content,
                    Timestamp.valueOf(LocalDateTime.now(clock)));
        } catch (DuplicateKeyException alreadyKept) {
            // another instance (or request) kept the same file first: nothing to do
        }
    }

    /** Withdrawn: its files go with the publication, in the same transaction, so a republication renders anew. */
    @EventListener
    void unpublished(EvaluationEvent.Unpublished event) {
        jdbc.update("delete from published_file where evaluation_id = ?", event.evaluation().id());
    }

    public int countOf(long evaluationId) {
        Integer count = jdbc.queryForObject("select count(*) from published_file where evaluation_id = ?",
                Integer.class, evaluationId);
        return count == null ? 0 : count;
    }
}
