package cn.perfeval.workflow.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.perfeval.workflow.WorkflowTestApplication;
import cn.perfeval.workflow.process.ApprovalProcess;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bare Flowable engine on our BPMN, variables and database: start, then read and complete each of the four tasks,
 * from 1, 4 and 16 threads for a fixed time each. Not a test (its name does not end in Test, so `mvn verify` leaves it
 * out): benchmarks/run.sh runs it with -Dtest=BareEngineBenchmark against the benchmark's database.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
class BareEngineBenchmark {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void lifecycles() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        lifecycle();
        // warmed as long as the application is before its measured lifecycles, so both are compared compiled
        int warmup = Integer.getInteger("bench.warmup", 0);
        if (warmup > 0) {
            run(4, warmup, false);
        }
        // statements of one lifecycle, as the server counts them for this database user (MariaDB's userstat)
        String stats = "SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS FROM information_schema.USER_STATISTICS "
                + "WHERE USER = SUBSTRING_INDEX(CURRENT_USER(), '@', 1)";
        Map<String, Object> before = jdbc.queryForMap(stats);
        int counted = 20;
        for (int i = 0; i < counted; i++) {
            lifecycle();
        }
        Map<String, Object> after = jdbc.queryForMap(stats);
        System.out.printf("result|barestatements|%d|%s %s %s|%s %s %s%n", counted, before.get("SELECT_COMMANDS"),
                before.get("UPDATE_COMMANDS"), before.get("OTHER_COMMANDS"), after.get("SELECT_COMMANDS"),
                after.get("UPDATE_COMMANDS"), after.get("OTHER_COMMANDS"));
        for (String clients : System.getProperty("bench.clients", "1,4,16").split(",")) {
            run(Integer.parseInt(clients.trim()), seconds, true);
        }
    }

    private void run(int clients, int seconds, boolean report) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        lifecycle();
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf("result|bare|%d|%d|%d|%.2f|%.3f%n", clients, done.get(), failed.get(), elapsed,
                    done.get() / elapsed);
        }
    }

    /** The same variables as ApprovalProcess.start gives (four candidate groups, the evaluation and unit ids). */
    private void lifecycle() {
        Map<String, Object> variables = new HashMap<>(Map.of("submitterGroup", "unit:1:SUBMITTER",
                "internalReviewerGroup", "unit:1:INTERNAL_REVIEWER", "financeReviewerGroup", "unit:1:FINANCE_REVIEWER",
                "publisherGroup", "unit:1:PUBLISHER", "evaluationId", 0L, "unitId", 1L));
        String pi = runtime.startProcessInstanceByKey(ApprovalProcess.PROCESS_KEY, "bench", variables).getId();
        for (int step = 0; step < 4; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
            tasks.complete(task.getId(), Map.of("decision", "APPROVE"));
        }
    }
}
