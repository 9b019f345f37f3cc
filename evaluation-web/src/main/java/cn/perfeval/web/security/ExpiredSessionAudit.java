package cn.perfeval.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions (Spring Session's own clean-up is off) and writes each logged-in one to the audit trail as
 * 会话超时. Every node runs it; the delete decides which node writes the expiry, so it is written once.
 */
@Component
public class ExpiredSessionAudit {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionAudit.class);

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "expired-sessions");
        thread.setDaemon(true);
        return thread;
    });

    ExpiredSessionAudit(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("清理过期会话失败，下次再试", e);
            }
        }, 30, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Ends what has expired now; answers how many logged-in sessions were written as expired. */
    public int sweep() {
        long now = Instant.now(clock).toEpochMilli();
        record Expired(String id, String user, long lastAccess) {
        }
        List<Expired> expired = jdbc.query("SELECT PRIMARY_ID, PRINCIPAL_NAME, LAST_ACCESS_TIME FROM SPRING_SESSION "
                        + "WHERE EXPIRY_TIME < ? ORDER BY EXPIRY_TIME LIMIT 500",
                (row, i) -> new Expired(row.getString(1), row.getString(2), row.getLong(3)), now);
        int written = 0;
        for (Expired session : expired) {
            int removed = jdbc.update("DELETE FROM SPRING_SESSION WHERE PRIMARY_ID = ? AND EXPIRY_TIME < ?",
                    session.id(), now);
            if (removed == 1 && session.user() != null) {
                audit.recordStandalone(session.user(), AuditAction.SESSION_EXPIRED, null,
                        "会话超时（空闲超过设定时长），最后访问于 " + Instant.ofEpochMilli(session.lastAccess())
                                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                written++;
            }
        }
        return written;
    }
}
