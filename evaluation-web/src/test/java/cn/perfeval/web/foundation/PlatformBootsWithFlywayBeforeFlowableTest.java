package cn.perfeval.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import cn.perfeval.web.support.HttpTestClient;
import org.flowable.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Boots the whole application on the configured database (H2 by default, MariaDB in CI's second run). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformBootsWithFlywayBeforeFlowableTest.InitialisationOrder.class)
class PlatformBootsWithFlywayBeforeFlowableTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InitialisationOrder order;

    @Autowired
    Flyway flyway;

    @Test
    void healthAnswersUpWithoutLogin() {
        HttpTestClient.Response health = new HttpTestClient(port).get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().size()).isEqualTo(1);
    }

    @Test
    void flywayMigratesBeforeTheProcessEngineStarts() {
        assertThat(order.initialised).contains("flyway", "processEngine");
        assertThat(order.initialised.indexOf("flyway")).isLessThan(order.initialised.indexOf("processEngine"));
        assertThat(Arrays.stream(flyway.info().applied()).filter(MigrationInfo::isApplied)
                .map(info -> info.getVersion().getVersion())).contains("1");
    }

    @Test
    void ourTablesAndFlowablesTablesBothExist() throws SQLException {
        Set<String> tables = tableNames();
        assertThat(tables).contains("org_unit", "app_user", "user_role", "campaign", "indicator_template",
                "evaluation", "evaluation_part", "evaluation_round", "review_record", "review_score", "audit_event");
        assertThat(tables).contains("act_re_procdef", "act_ru_task", "act_hi_procinst", "act_ru_timer_job");
    }

    @Test
    void demoBureauOfficesAndUsersAreLoaded() {
        assertThat(jdbc.queryForList("select short_name from org_unit order by id", String.class))
                .contains("雨花区财政局", "高桥街道办事处", "圭塘街道办事处");
        assertThat(jdbc.queryForList("select username from app_user", String.class)).contains("gaoqiao.submitter",
                "gaoqiao.reviewer", "guitang.submitter", "guitang.reviewer", "finance.reviewer", "publisher", "admin");
    }

    private Set<String> tableNames() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** Records when the Flyway migration and the process engine finish initialising. */
    @TestConfiguration(proxyBeanMethods = false)
    static class InitialisationOrder {

        final List<String> initialised = new ArrayList<>();

        @Bean
        static BeanPostProcessor initialisationRecorder(org.springframework.beans.factory.ObjectProvider<InitialisationOrder> self) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof ProcessEngine) {
                        self.getObject().initialised.add("processEngine");
                    } else if (beanName.equals("flywayInitializer")) {
                        self.getObject().initialised.add("flyway");
                    }
                    return bean;
                }
            };
        }
    }
}
