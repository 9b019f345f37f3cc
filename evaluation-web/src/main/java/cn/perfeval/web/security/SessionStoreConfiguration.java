package cn.perfeval.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in SPRING_SESSION shared by every instance. A session attribute is written as an upsert (MySQL's
 * ON DUPLICATE KEY UPDATE, which H2's MySQL mode understands too): two parallel first requests of one session that
 * both set an attribute no longer collide on its key. Reads that only touch the session are spared their write by
 * {@link SparingSessionStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesAsUpserts() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
