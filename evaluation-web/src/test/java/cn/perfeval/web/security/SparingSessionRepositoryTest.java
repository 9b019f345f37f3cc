package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** The touch of the last access is held back only while recent, and travels with any other change. */
class SparingSessionRepositoryTest {

    private final Map<String, MapSession> stored = new HashMap<>();
    private final FindByIndexNameSessionRepository<MapSession> store = new FindByIndexNameSessionRepository<>() {
        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            stored.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            MapSession found = stored.get(id);
            return found == null ? null : new MapSession(found);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    };
    private final SparingSessionRepository<MapSession> sessions = SparingSessionRepository.over(store, Duration.ofSeconds(60));

    @Test
    void aRecentAccessIsNotTouchedAnOldOneIsAndAnAttributeChangeCarriesTheRealAccess() {
        Instant t0 = Instant.parse("2026-12-02T01:00:00Z");
        var session = sessions.createSession();
        session.setLastAccessedTime(t0);
        sessions.save(session);
        String id = session.getId();
        Instant storedAt = stored.get(id).getLastAccessedTime();

        var read = sessions.findById(id);
        read.setLastAccessedTime(storedAt.plusSeconds(59));
        assertThat(read.getLastAccessedTime()).isEqualTo(storedAt.plusSeconds(59));
        sessions.save(read);
        assertThat(stored.get(id).getLastAccessedTime()).as("held back within the slack").isEqualTo(storedAt);

        var changed = sessions.findById(id);
        changed.setLastAccessedTime(storedAt.plusSeconds(30));
        changed.setAttribute("csrf", "token");
        sessions.save(changed);
        assertThat(stored.get(id).getLastAccessedTime()).as("written with the attribute").isEqualTo(storedAt.plusSeconds(30));
        assertThat((String) stored.get(id).getAttribute("csrf")).isEqualTo("token");

        var late = sessions.findById(id);
        late.setLastAccessedTime(storedAt.plusSeconds(91));
        sessions.save(late);
        assertThat(stored.get(id).getLastAccessedTime()).as("touched once the slack has passed").isEqualTo(storedAt.plusSeconds(91));
    }
}
