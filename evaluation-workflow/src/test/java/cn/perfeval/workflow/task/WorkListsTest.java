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
    }
}
