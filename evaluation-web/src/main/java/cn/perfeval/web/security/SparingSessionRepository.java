package cn.perfeval.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC, except that a request which only reads does not write SPRING_SESSION when the stored last access
 * is younger than {@link #TOUCH_SLACK}. {@code SessionRepositoryFilter} sets the last access on every request, which
 * marks the JDBC session changed and costs an {@code UPDATE}; here that touch is held back while recent, and applied
 * the moment anything else about the session changes (log-in, CSRF token, new id, attribute), so those are saved at
 * once as before. The stored last access (and EXPIRY_TIME) therefore lags the real one by less than the slack: an idle
 * session expires between {@code timeout − slack} and {@code timeout} after its last request, never later.
 */
final class SparingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession<S>> {

    /** A small fraction of the 30-minute idle timeout; the session may end at most this much early. */
    static final Duration TOUCH_SLACK = Duration.ofSeconds(60);

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration slack;

    private SparingSessionRepository(FindByIndexNameSessionRepository<S> store, Duration slack) {
        this.store = store;
        this.slack = slack;
    }

    static <S extends Session> SparingSessionRepository<S> over(FindByIndexNameSessionRepository<S> store, Duration slack) {
        return new SparingSessionRepository<>(store, slack);
    }

    @Override
    public SparingSession<S> createSession() {
        return new SparingSession<>(store.createSession(), slack);
    }

    @Override
    public void save(SparingSession<S> session) {
        store.save(session.stored);
    }

    @Override
    public SparingSession<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new SparingSession<>(found, slack);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, SparingSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new SparingSession<>(e.getValue(), slack)));
    }

    /** A stored session whose last-access touch waits until it is old enough or something else is written anyway. */
    static final class SparingSession<S extends Session> implements Session {

        private final S stored;
        private final Duration slack;
        private Instant heldBack;

        SparingSession(S stored, Duration slack) {
            this.stored = stored;
            this.slack = slack;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(slack) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                heldBack = null;
            } else {
                heldBack = lastAccessedTime;
            }
        }

        /** The session is written anyway: it carries the real last access with it. */
        private void touch() {
            if (heldBack != null) {
                stored.setLastAccessedTime(heldBack);
                heldBack = null;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return heldBack != null ? heldBack : stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            touch();
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            touch();
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            touch();
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            touch();
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
