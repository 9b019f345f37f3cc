package cn.perfeval.workflow.approval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.demo.DemoDataInitializer;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The row and Flowable's task change in one transaction: a failure undoes both, and of two deciders one wins. */
class RowAndTaskChangeTogetherTest extends UseCaseTest {

    static final int RACES = 20;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFailureAfterTheTaskIsCompletedRollsBackTheTaskTheRowTheRecordAndTheTrail() {
        TestUnit unit = newUnit();
        long id = submitted(unit, 2020);
        String taskId = task(id);
        int version = version(id);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            decisions.approve(actor(unit.reviewer()), taskId, ApprovalRequest.withComment("同意"));
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
            assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id))
                    .isEqualTo("FINANCE_REVIEW");
            throw new IllegalStateException("injected failure after the task was completed");
        })).hasMessageContaining("injected failure");

        assertStatusAndTaskAgree(id, EvaluationStatus.INTERNAL_REVIEW);
        assertThat(task(id)).isEqualTo(taskId);
        assertThat(version(id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from review_record where evaluation_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where evaluation_id = ? and action = 'APPROVE'",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where evaluation_id = ? and title like '待评审%'",
                Integer.class, id)).isZero();
    }

    @Test
    void ofTwoFinanceReviewersApprovingTheSameTaskAtOnceExactlyOneWins() throws Exception {
        TestUnit unit = newUnit();
        String second = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        directory.createUser(second, "第二评审人", encoder.encode("Demo@123456"),
                directory.findUnitByCode(DemoDataInitializer.BUREAU_CODE).orElseThrow().getId(),
                EnumSet.of(Role.FINANCE_REVIEWER));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < RACES; i++) {
            ids.add(inFinanceReview(unit, 2001 + i));
        }
        ApprovalRequest review = new ApprovalRequest(null, Map.of(), "良", "同意");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long id : ids) {
                String taskId = task(id);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Refusal>> outcomes = List.of(
                        pool.submit(() -> attempt(together, "finance.reviewer", taskId, review)),
                        pool.submit(() -> attempt(together, second, taskId, review)));
                List<Refusal> results = new ArrayList<>();
                for (Future<Refusal> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as("evaluation %d", id).containsExactlyInAnyOrder(null, Refusal.CONFLICT);
                assertStatusAndTaskAgree(id, EvaluationStatus.APPROVED);
                assertThat(jdbc.queryForObject("select count(*) from review_record where evaluation_id = ? "
                        + "and step = 'FINANCE_REVIEW'", Integer.class, id)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** null when the approval went through, otherwise why it was refused. */
    private Refusal attempt(CyclicBarrier together, String reviewer, String taskId, ApprovalRequest review)
            throws Exception {
        together.await();
        try {
            decisions.approve(actor(reviewer), taskId, review);
            return null;
        } catch (UseCaseException e) {
            return e.refusal();
        } catch (org.springframework.dao.ConcurrencyFailureException
                 | org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
            return Refusal.CONFLICT;
        }
    }
}
