package cn.perfeval.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;

/**
 * Same-second events keep their order by time, not only by id: on MariaDB (the CI's second run) the connector took
 * the server for MySQL 5.5 and cut every bound timestamp to the second; bound as text they keep their milliseconds.
 */
class TimestampsKeepTheirMillisecondsTest extends UseCaseTest {

    @Test
    void auditRowsAndBoundTimestampsKeepMilliseconds() throws Exception {
        var unit = newUnit();
        long id = draft(unit, 2020);
        for (int i = 0; i < 5; i++) {
            editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, "{\"selfScores\":{\"1.1.1\":" + (i % 2) + "}}",
                    version(id));
        }
        List<Timestamp> times = jdbc.queryForList("select occurred_at from audit_event where evaluation_id = ? order by id",
                Timestamp.class, id);
        assertThat(times).hasSizeGreaterThanOrEqualTo(6);
        assertThat(times).as("at most one of six events falls on a whole second by chance")
                .filteredOn(t -> t.getNanos() != 0).hasSizeGreaterThanOrEqualTo(times.size() - 1);

        // a timestamp bound through JDBC (as Flowable and the bundle jobs bind theirs) comes back as it went in
        LocalDateTime sent = LocalDateTime.of(2026, 6, 13, 9, 15, 20, 123_000_000);
        jdbc.update("update evaluation_part set updated_at = ? where evaluation_id = ? and part = 'REPORT'",
                Timestamp.valueOf(sent), id);
        assertThat(jdbc.queryForObject("select updated_at from evaluation_part where evaluation_id = ? and part = 'REPORT'",
                Timestamp.class, id).toLocalDateTime()).isEqualTo(sent);
        jdbc.update("update evaluation_part set updated_at = ? where evaluation_id = ? and part = 'REPORT'", sent, id);
        assertThat(jdbc.queryForObject("select updated_at from evaluation_part where evaluation_id = ? and part = 'REPORT'",
                LocalDateTime.class, id)).isEqualTo(sent);
    }
}
