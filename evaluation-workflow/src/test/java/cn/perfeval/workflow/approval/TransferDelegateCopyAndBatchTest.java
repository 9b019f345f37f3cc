package cn.perfeval.workflow.approval;

import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.task.Workbench;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 转办, 委派 and its 办结, 抄送 and 批量通过 on the real engine: who may decide after each, and what each leaves behind. */
class TransferDelegateCopyAndBatchTest extends UseCaseTest {

    private static final ApprovalRequest GOOD = new ApprovalRequest(null, null, "良", "同意");

    @Autowired
    TaskOperations operations;
    @Autowired
    BatchDecisions batch;
    @Autowired
    ApprovalProcess process;
    @Autowired
    Workbench workbench;
    @Autowired
    cn.perfeval.workflow.task.WorkLists workLists;

    @Test
    void aTransferredTaskIsTheColleaguesAlone() {
        TestUnit unit = newUnit();
        long id = inFinanceReview(unit, 2001);
        String taskId = task(id);
        assertThat(todo("finance.reviewer", unit)).containsExactly(taskId);
        operations.transfer(actor("finance.reviewer"), taskId, "finance.reviewer2", "请你办理");

        refused(() -> decisions.approve(actor("finance.reviewer"), taskId, GOOD), Refusal.FORBIDDEN, "TASK_ASSIGNED_TO_OTHER");
        assertThat(todo("finance.reviewer", unit)).isEmpty();
        assertThat(todo("finance.reviewer2", unit)).containsExactly(taskId);
        assertThat(unreadNotices("finance.reviewer2", id)).anyMatch(t -> t.startsWith("转办给您"));
        assertThat(workbench.of(actor("finance.reviewer")).todos()).noneMatch(t -> t.evaluation().id() == id);
        assertThat(workbench.of(actor("finance.reviewer2")).todos()).anyMatch(t -> t.evaluation().id() == id);
        assertThat(decisions.approve(actor("finance.reviewer2"), taskId, GOOD).status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(audit(id)).contains("TRANSFER");
        assertStatusAndTaskAgree(id, EvaluationStatus.APPROVED);
    }

    @Test
    void aDelegatedTaskComesBackToItsOwnerWhoDecides() {
        long id = inFinanceReview(newUnit(), 2002);
        String taskId = task(id);
        operations.delegate(actor("finance.reviewer"), taskId, "finance.reviewer2", "请核实2.2.5");

        refused(() -> decisions.approve(actor("finance.reviewer2"), taskId, GOOD), Refusal.CONFLICT, "TASK_DELEGATED");
        refused(() -> decisions.approve(actor("finance.reviewer"), taskId, GOOD), Refusal.CONFLICT, "TASK_DELEGATED");
        refused(() -> operations.resolve(actor("finance.reviewer"), taskId, null), Refusal.CONFLICT, "TASK_NOT_DELEGATED");
        operations.resolve(actor("finance.reviewer2"), taskId, "已核实，整改到位");

        refused(() -> decisions.approve(actor("finance.reviewer2"), taskId, GOOD), Refusal.FORBIDDEN, "TASK_ASSIGNED_TO_OTHER");
        assertThat(unreadNotices("finance.reviewer", id)).anyMatch(t -> t.startsWith("委派已办结"));
        assertThat(decisions.approve(actor("finance.reviewer"), taskId, GOOD).status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(audit(id)).contains("DELEGATE", "RESOLVE");
    }

    @Test
    void aTaskGoesOnlyToSomeoneWhoCouldDecideIt() {
        TestUnit unit = newUnit();
        long id = inFinanceReview(unit, 2003);
        String taskId = task(id);
        refused(() -> operations.transfer(actor("finance.reviewer"), taskId, unit.reviewer(), null),
                Refusal.UNPROCESSABLE, "TARGET_CANNOT_DECIDE");
        refused(() -> operations.transfer(actor("finance.reviewer"), taskId, "finance.reviewer", null),
                Refusal.UNPROCESSABLE, "TARGET_IS_SELF");
        refused(() -> operations.delegate(actor("finance.reviewer"), taskId, "nobody.here", null),
                Refusal.UNPROCESSABLE, "USER_NOT_FOUND");
        refused(() -> operations.transfer(actor(unit.submitter()), taskId, "finance.reviewer2", null),
                Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");
        assertThat(openTask(id).getAssignee()).isNull();
    }

    @Test
    void aCopiedPersonReadsThatEvaluationAndNoOther() {
        TestUnit unit = newUnit();
        long copied = submitted(unit, 2004);
        long other = submitted(newUnit(), 2004);
        TestUnit elsewhere = newUnit();
        refused(() -> reading.view(actor(elsewhere.reviewer()), copied), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");

        operations.copy(actor(unit.reviewer()), task(copied), List.of(elsewhere.reviewer()), "供参考");

        assertThat(reading.view(actor(elsewhere.reviewer()), copied).id()).isEqualTo(copied);
        refused(() -> reading.view(actor(elsewhere.reviewer()), other), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");
        refused(() -> decisions.approve(actor(elsewhere.reviewer()), task(copied), null), Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");
        assertThat(unreadNotices(elsewhere.reviewer(), copied)).anyMatch(t -> t.startsWith("抄送"));
        assertThat(audit(copied)).contains("COPY");
    }

    @Test
    void aBatchApprovesEachTaskOnItsOwnAndAnswersEachResult() {
        TestUnit unit = newUnit();
        List<Long> ids = List.of(submitted(unit, 2005), submitted(unit, 2006), submitted(unit, 2007));
        List<String> taskIds = ids.stream().map(this::task).toList();
        assertThat(unreadNotices(unit.reviewer(), ids.get(0))).anyMatch(t -> t.startsWith("待审核"));

        List<BatchDecisions.Result> results = batch.approve(actor(unit.reviewer()), taskIds, "同意", null, null);

        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.approved()).as(r.message()).isTrue());
        ids.forEach(id -> assertStatusAndTaskAgree(id, EvaluationStatus.FINANCE_REVIEW));
        // the task is handled: its notice no longer waits unread
        assertThat(unreadNotices(unit.reviewer(), ids.get(0))).noneMatch(t -> t.startsWith("待审核"));

        String bureauUser = Scenes.newBureauUser(directory, encoder, Set.of(Role.FINANCE_REVIEWER));
        List<BatchDecisions.Result> mixed = batch.approve(actor(bureauUser),
                List.of(task(ids.get(0)), task(ids.get(1)), "no-such-task"), "同意", null, "同意");
        assertThat(mixed).extracting(BatchDecisions.Result::approved).containsExactly(false, false, false);
        assertThat(mixed).extracting(BatchDecisions.Result::code)
                .containsExactly("REVIEW_INCOMPLETE", "REVIEW_INCOMPLETE", "TASK_NOT_FOUND");
        assertThat(batch.approve(actor(bureauUser), List.of(task(ids.get(0))), null, "良", "同意"))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("已通过"));
    }

    private List<String> unreadNotices(String username, long evaluationId) {
        return jdbc.queryForList("select n.title from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.evaluation_id = ? and n.read_at is null", String.class, username, evaluationId);
    }

    private List<String> audit(long evaluationId) {
        return jdbc.queryForList("select action from audit_event where evaluation_id = ?", String.class, evaluationId);
    }

    /** The task ids of a person's 待办 for one unit, as the list pages them in SQL. */
    private List<String> todo(String username, TestUnit unit) {
        return workLists.of(actor(username), cn.perfeval.workflow.task.WorkLists.Kind.TODO,
                        new cn.perfeval.workflow.task.WorkLists.Filter(unit.name(), null, null, null),
                        cn.perfeval.workflow.common.PageRequest.first())
                .items().stream().map(cn.perfeval.workflow.task.WorkLists.WorkItem::taskId).toList();
    }
}
