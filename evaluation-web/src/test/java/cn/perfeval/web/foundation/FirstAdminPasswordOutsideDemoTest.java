package cn.perfeval.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import cn.perfeval.web.EvaluationApplication;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.OrgDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Without demo data the first administrator's password must come from EVAL_ADMIN_PASSWORD, and not be the demo one. */
class FirstAdminPasswordOutsideDemoTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start("").close()).hasStackTraceContaining("EVAL_ADMIN_PASSWORD");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThatThrownBy(() -> start("Demo@123456").close()).hasStackTraceContaining("演示密码");
    }

    @Test
    void createsTheFirstAdminWithTheGivenPasswordAndNoDemoUsers() {
        try (ConfigurableApplicationContext context = start("Str0ng!Admin#2026")) {
            OrgDirectory directory = context.getBean(OrgDirectory.class);
            var admin = directory.findAccount("admin").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(context.getBean(PasswordEncoder.class).matches("Str0ng!Admin#2026", admin.passwordHash())).isTrue();
            assertThat(directory.findAccount("gaoqiao.submitter")).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(EvaluationApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("evaluation").toAbsolutePath()
                        + ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.driver-class-name=org.h2.Driver",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--eval.demo.enabled=false",
                "--eval.admin.initial-password=" + adminPassword);
    }
}
