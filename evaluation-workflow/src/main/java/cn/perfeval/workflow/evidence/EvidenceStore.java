package cn.perfeval.workflow.evidence;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** evidence_file and its 1 MB chunks (see V4): the database is the one store every instance shares. */
@Repository
class EvidenceStore {

    static final int CHUNK = 1024 * 1024;

    private static final RowMapper<EvidenceFile> ROW = (rs, n) -> new EvidenceFile(rs.getLong("id"),
            rs.getLong("evaluation_id"), rs.getString("indicator_code"), rs.getString("file_name"),
            rs.getString("file_type"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime(),
            rs.getBoolean("public_requested"), rs.getTimestamp("public_confirmed_at") != null);

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EvidenceFile file, byte[] bytes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into evidence_file (evaluation_id, indicator_code, "
                    + "file_name, file_type, content_type, size_bytes, sha256, uploaded_by, uploaded_at, deleted, public_requested) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)", new String[] {"id"});
            statement.setLong(1, file.evaluationId());
            statement.setString(2, file.indicatorCode());
            statement.setString(3, file.fileName());
            statement.setString(4, file.fileType());
            statement.setString(5, file.contentType());
            statement.setLong(6, file.sizeBytes());
            statement.setString(7, file.sha256());
            statement.setString(8, file.uploadedBy());
            statement.setTimestamp(9, Timestamp.valueOf(file.uploadedAt()));
            statement.setBoolean(10, file.publicRequested());
            return statement;
        }, key);
        long id = key.getKey().longValue();
        for (int offset = 0, no = 0; offset < bytes.length; offset += CHUNK, no++) {
            jdbc.update("insert into evidence_chunk (evidence_id, chunk_no, bytes) values (?, ?, ?)", id, no,
                    Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK)));
        }
        return id;
    }

    List<EvidenceFile> of(long evaluationId) {
        return jdbc.query("select * from evidence_file where evaluation_id = ? and deleted = false "
                + "order by indicator_code, uploaded_at, id", ROW, evaluationId);
    }

    Optional<EvidenceFile> find(long evaluationId, long fileId) {
        return jdbc.query("select * from evidence_file where id = ? and evaluation_id = ? and deleted = false", ROW,
                fileId, evaluationId).stream().findFirst();
    }

    byte[] bytes(long fileId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdbc.query("select bytes from evidence_chunk where evidence_id = ? order by chunk_no",
                rs -> {
                    out.writeBytes(rs.getBytes(1));
                }, fileId);
        return out.toByteArray();
    }

    void requestPublic(long fileId, boolean wanted) {
        jdbc.update("update evidence_file set public_requested = ? where id = ?", wanted, fileId);
    }

    /** At publication: these files are public from now on, confirmed by this publisher. */
    void confirmPublic(long fileId, String publisher, LocalDateTime at) {
        jdbc.update("update evidence_file set public_confirmed_by = ?, public_confirmed_at = ? where id = ?", publisher,
                Timestamp.valueOf(at), fileId);
    }

    /** A publication withdrawn: nothing of it stays public; the next publication reviews the files again. */
    void revokePublic(long evaluationId) {
        jdbc.update("update evidence_file set public_confirmed_by = null, public_confirmed_at = null "
                + "where evaluation_id = ?", evaluationId);
    }

    List<EvidenceFile> confirmedPublic(long evaluationId) {
        return jdbc.query("select * from evidence_file where evaluation_id = ? and deleted = false "
                + "and public_confirmed_at is not null order by indicator_code, uploaded_at, id", ROW, evaluationId);
    }

    void markDeleted(long fileId) {
        jdbc.update("update evidence_file set deleted = true where id = ?", fileId);
    }
}
