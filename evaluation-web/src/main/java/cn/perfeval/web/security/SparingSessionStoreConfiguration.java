package cn.perfeval.web.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.session.autoconfigure.SessionAutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link SparingSessionRepository} in front of Boot's JDBC session repository, for SessionRepositoryFilter and
 * SessionTerminator. An auto-configuration (listed in META-INF/spring/…AutoConfiguration.imports) that runs after
 * Boot's: as ordinary configuration, a SessionRepository bean would make Boot's JDBC one back off
 * ({@code @ConditionalOnMissingBean(SessionRepository.class)}) with its timeout and table settings.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class, before = SessionAutoConfiguration.class)
public class SparingSessionStoreConfiguration {

    @Bean
    @Primary
    SparingSessionRepository<?> sparingSessionRepository(JdbcIndexedSessionRepository store) {
        FindByIndexNameSessionRepository<? extends Session> stored = store;
        return SparingSessionRepository.over(stored, SparingSessionRepository.TOUCH_SLACK);
    }
}
