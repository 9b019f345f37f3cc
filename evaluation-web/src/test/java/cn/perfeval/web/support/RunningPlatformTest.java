package cn.perfeval.web.support;

import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.org.OrgDirectory;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The whole platform on a random port, with the services tests set their scene with; one cached context for all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningPlatformTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected OrgDirectory directory;
    @Autowired
    protected PasswordEncoder encoder;
    @Autowired
    protected EvaluationEditing evaluations;
    @Autowired
    protected Approvals approvals;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected JdbcTemplate jdbc;

    protected HttpTestClient http() {
        return new HttpTestClient(port);
    }
}
