package cn.perfeval.web.workflow;

import static cn.perfeval.web.workflow.WorkflowTestSupport.assertStatusAndTaskAgree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport.TestUnit;
import cn.perfeval.domain.evaluation.Role;
import org.junit.jupiter.api.Test;

/** Two finance reviewers approve the same task at the same moment, 100 times: exactly one wins, the other gets 409. */
class TwoFinanceReviewersApprovingOneTaskTest extends RunningPlatformTest {

    static final int RUNS = 100;
    static final String BODY = "{\"reviewScores\":{\"2.2.1\":{\"score\":2.5,\"reason\":\"抽查发现问题\"}},"
            + "\"reviewGrade\":\"GOOD\",\"opinion\":\"同意\"}";

    @Test
    void exactlyOneOfTwoSimultaneousApprovalsSucceedsEveryTime() throws Exception {
        TestUnit unit = WorkflowTestSupport.newUnit(directory, encoder);
        String second = WorkflowTestSupport.newBureauUser(directory, encoder, EnumSet.of(Role.FINANCE_REVIEWER));
        long setUpStart = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ids.add(WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, 2100 + i));
        }
        long raceStart = System.nanoTime();
        HttpTestClient http = new HttpTestClient(port);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long id : ids) {
                String taskId = WorkflowTestSupport.openTask(tasks, jdbc, id).getId();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpTestClient.Response> a = pool.submit(() -> {
                    together.await();
                    return http.postJson("/api/tasks/" + taskId + "/approve", "finance.reviewer", BODY);
                });
                Future<HttpTestClient.Response> b = pool.submit(() -> {
                    together.await();
                    return http.postJson("/api/tasks/" + taskId + "/approve", second, BODY);
                });
                List<Integer> statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).as("evaluation %d: %s / %s", id, a.get(), b.get()).containsExactlyInAnyOrder(200, 409);
                HttpTestClient.Response loser = a.get().status() == 409 ? a.get() : b.get();
                assertThat(loser.json().path("message").asString()).isNotBlank();
                assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.APPROVED);
                assertThat(jdbc.queryForObject("select count(*) from review_record where evaluation_id = ? "
                        + "and step = 'FINANCE_REVIEW'", Integer.class, id)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        long end = System.nanoTime();
        System.out.printf("concurrency: set-up of %d evaluations %d ms, %d races %d ms%n", RUNS,
                (raceStart - setUpStart) / 1_000_000, RUNS, (end - raceStart) / 1_000_000);
    }
}
