package cn.perfeval.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.perfeval.web.EvaluationApplication;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default embedded database is a file: what was saved before a stop is there after the next start. */
class EmbeddedDatabaseSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void stoppingAndStartingOnTheSameDataDirectoryKeepsWhatWasSaved() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(OrgDirectory.class).createUnit("restart-check", "长沙市雨花区重启检验单位", "重启检验单位",
                    OrgUnitRecord.STREET_OFFICE, null);
        }
        try (ConfigurableApplicationContext second = start()) {
            OrgDirectory directory = second.getBean(OrgDirectory.class);
            assertThat(directory.findUnitByCode("restart-check")).map(OrgUnitRecord::getName)
                    .contains("长沙市雨花区重启检验单位");
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
                    .isEqualTo(1);
            assertThat(second.getBean(Flyway.class).info().applied()).extracting(info -> info.getVersion().getVersion())
                    .containsOnlyOnce("1");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank any profile, so this stays on H2 even in CI's MariaDB run.
        return new SpringApplicationBuilder(EvaluationApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("evaluation").toAbsolutePath()
                        + ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.driver-class-name=org.h2.Driver",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--eval.demo.enabled=true");
    }
}
