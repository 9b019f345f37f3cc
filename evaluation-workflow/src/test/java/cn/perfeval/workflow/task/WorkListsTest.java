package cn.perfeval.workflow.task;

import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.approval.TaskOperations;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.task.WorkLists.Filter;
import cn.perfeval.workflow.task.WorkLists.Kind;
import cn.perfeval.workflow.task.WorkLists.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 待办 / 已办 (every action) / 抄送我的 / 我发起的: searched by unit name, filtered, paged. */
class WorkListsTest extends UseCaseTest {

    @Autowired
    WorkLists lists;
    @Autowired
    TaskOperations operations;

    @Autowired
    Workbench workbench;

    @Test
    void theWorkbenchListsTheOpenTasksHoweverManyNewerEvaluationsTheUnitHas() {
        // a bureau of its own, so the hundred rows below stay out of every other test's lists
        String code = "w" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var bureau = directory.createUnit(code, "测试财政局" + code, "测试局" + code,
                cn.perfeval.workflow.org.OrgUnitRecord.FINANCE_BUREAU, null);
        var office = directory.createUnit(code + "u", "测试街道办事处" + code, "测试街道" + code,
                cn.perfeval.workflow.org.OrgUnitRecord.STREET_OFFICE, bureau.getId());
        directory.createUser(code + ".sub", "测试填报", encoder.encode("Demo@123456"), office.getId(),
                java.util.EnumSet.of(cn.perfeval.domain.evaluation.Role.SUBMITTER));
        TestUnit unit = new TestUnit(office.getId(), office.getName(), code + ".sub", null, null);
        draft(unit, 2001);
        draft(unit, 2002);
        Workbench.Page now = workbench.of(actor(unit.submitter()));
        assertThat(now.todos()).extracting(t -> t.evaluation().year()).containsExactlyInAnyOrder(2001, 2002);
        assertThat(now.todoTotal()).isEqualTo(2);

        // a hundred newer years, approved: more than the newest evaluations a list reads at once
        java.sql.Timestamp at = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now());
        jdbc.batchUpdate("INSERT INTO evaluation (unit_id, bureau_id, evaluation_year, template_code, status, current_round, "
                + "created_by, created_at, updated_at, version) VALUES (?, ?, ?, 'yuhua-2020', 'APPROVED', 1, 'test', ?, ?, 0)",
                java.util.stream.IntStream.rangeClosed(2003, 2102).mapToObj(y -> new Object[] {office.getId(), bureau.getId(),
                        y, at, at}).toList());
        Workbench.Page later = workbench.of(actor(unit.submitter()));
        assertThat(later.todos()).extracting(t -> t.evaluation().year()).containsExactlyInAnyOrder(2001, 2002);
        assertThat(later.todos()).allSatisfy(t -> assertThat(t.action()).isNotBlank());
        assertThat(later.todoTotal()).isEqualTo(2);
    }

    @Test
    void everyListPagesAndFilters() {
        TestUnit unit = newUnit();
        long first = submitted(unit, 2011);
        long second = submitted(unit, 2012);
        decisions.returnToSubmitter(actor(unit.reviewer()), task(first), "请修改");
        decisions.approve(actor(unit.reviewer()), task(second), ApprovalRequest.withComment("同意"));
        submission.submit(actor(unit.submitter()), first, SEED_WARNINGS, null);
        operations.copy(actor(unit.reviewer()), task(first), List.of(unit.both()), "请阅");
        decisions.approve(actor(unit.reviewer()), task(first), ApprovalRequest.withComment("同意"));

        Page<WorkItem> done = lists.of(actor(unit.reviewer()), Kind.DONE, Filter.NONE, new PageRequest(1, 3));
        assertThat(done.total()).isEqualTo(4);
        assertThat(done.items()).extracting(WorkItem::action).containsExactly("APPROVE", "COPY", "APPROVE");
        assertThat(done.items()).extracting(WorkItem::evaluationId).containsExactly(first, first, second);
        assertThat(lists.of(actor(unit.reviewer()), Kind.DONE, Filter.NONE, new PageRequest(2, 3)).items())
                .singleElement().satisfies(i -> assertThat(i.action()).isEqualTo("RETURN"));
        assertThat(lists.of(actor(unit.reviewer()), Kind.DONE, new Filter(null, 2012, null, null), PageRequest.first())
                .total()).isEqualTo(1);
        String shortName = unit.name().substring(unit.name().length() - 6);
        assertThat(lists.of(actor(unit.reviewer()), Kind.DONE, new Filter(shortName, null, EvaluationStatus.FINANCE_REVIEW,
                null), PageRequest.first()).total()).isEqualTo(4);
        assertThat(lists.of(actor(unit.reviewer()), Kind.DONE, new Filter("没有这个单位", null, null, null),
                PageRequest.first()).total()).isZero();

        Page<WorkItem> copied = lists.of(actor(unit.both()), Kind.COPIED, Filter.NONE, PageRequest.first());
        assertThat(copied.items()).singleElement().satisfies(i -> {
            assertThat(i.evaluationId()).isEqualTo(first);
            assertThat(i.by()).isEqualTo("测试审核人");
            assertThat(i.detail()).isEqualTo("请阅");
        });

        Page<WorkItem> mine = lists.of(actor(unit.submitter()), Kind.MINE, Filter.NONE, PageRequest.first());
        assertThat(mine.items()).extracting(WorkItem::evaluationId).containsExactlyInAnyOrder(first, second);

        Page<WorkItem> todo = lists.of(actor("finance.reviewer"), Kind.TODO, new Filter(shortName, null, null, null),
                new PageRequest(1, 1));
        assertThat(todo.total()).isEqualTo(2);
        assertThat(todo.items()).singleElement().satisfies(i -> {
            assertThat(i.taskId()).isNotBlank();
            assertThat(i.href()).endsWith("/review");
        });
        // the total comes with the page's rows, and from a count alone past the last page
        Page<WorkItem> nextPage = lists.of(actor("finance.reviewer"), Kind.TODO, new Filter(shortName, null, null, null),
                new PageRequest(2, 1));
        assertThat(nextPage.total()).isEqualTo(2);
        assertThat(nextPage.items()).singleElement().extracting(WorkItem::taskId)
                .isNotEqualTo(todo.items().get(0).taskId());
        Page<WorkItem> past = lists.of(actor("finance.reviewer"), Kind.TODO, new Filter(shortName, null, null, null),
                new PageRequest(3, 1));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(2);
    }
}
