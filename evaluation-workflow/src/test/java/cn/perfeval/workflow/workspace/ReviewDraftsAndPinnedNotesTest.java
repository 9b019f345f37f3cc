package cn.perfeval.workflow.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

import cn.perfeval.workflow.workspace.ReviewAnnotations.AnnotationView;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer's typing survives refusals and reloads until the decision; notes pinned on a return come back answered. */
class ReviewDraftsAndPinnedNotesTest extends UseCaseTest {

    @Autowired
    ReviewDrafts drafts;
    @Autowired
    ReviewAnnotations annotations;

    @Test
    void aReviewDraftIsTheReviewersOwnSurvivesARefusalAndGoesWithTheDecision() {
        TestUnit unit = newUnit();
        long id = inFinanceReview(unit, 2013);
        String taskId = task(id);
        ReviewDraft typed = new ReviewDraft(Map.of("1.1.1", new ReviewDraft.ScoreDraft("1", "目标依据不足"),
                "1.1.2", new ReviewDraft.ScoreDraft("2", null), "1.2.1", new ReviewDraft.ScoreDraft("3.5", "abc")),
                "GOOD", "总体规范", null, null, List.of());
        drafts.save(actor("finance.reviewer"), taskId, typed);

        assertThat(drafts.of(actor("finance.reviewer"), taskId)).isEqualTo(typed);
        String colleague = Scenes.newBureauUser(directory, encoder, Set.of(Role.FINANCE_REVIEWER));
        assertThat(drafts.of(actor(colleague), taskId)).isEqualTo(ReviewDraft.EMPTY);
        refused(() -> drafts.of(actor(unit.submitter()), taskId), Refusal.FORBIDDEN, "NOT_TASK_CANDIDATE");

        // 1.1.2 differs from the self-score without a reason: refused, and the draft is untouched
        refused(() -> decisions.approve(actor("finance.reviewer"), taskId, new ApprovalRequest(null, Map.of(
                "1.1.1", new ApprovalRequest.ReviewScoreInput(BigDecimal.ONE, "目标依据不足"),
                "1.1.2", new ApprovalRequest.ReviewScoreInput(new BigDecimal("2"), null)), "良", "总体规范")),
                Refusal.UNPROCESSABLE, "REVIEW_INCOMPLETE");
        assertThat(drafts.of(actor("finance.reviewer"), taskId).score("1.1.2").score()).isEqualTo("2");

        decisions.approve(actor("finance.reviewer"), taskId, new ApprovalRequest(null, Map.of(
                "1.1.2", new ApprovalRequest.ReviewScoreInput(new BigDecimal("2"), "细化不足")), "良", "总体规范"));
        assertThat(jdbc.queryForObject("select count(*) from review_draft where task_id = ?", Integer.class, taskId))
                .isZero();
        refused(() -> drafts.save(actor("finance.reviewer"), taskId, typed), Refusal.CONFLICT, "TASK_ALREADY_HANDLED");
    }

    @Test
    void twoPinnedNotesReachTheSubmitterAndTheNextReviewerSeesWhichFieldChanged() {
        TestUnit unit = newUnit();
        long id = submitted(unit, 2014);
        decisions.returnToSubmitter(actor(unit.reviewer()), task(id), "请按批注修改", List.of(
                new ReviewDraft.Annotation("$.scoreSheet.selfScores['1.1.2']", "请说明1.1.2的自评依据"),
                new ReviewDraft.Annotation("$.report.sections[performance]", "绩效情况写得太简略")));

        List<AnnotationView> seen = annotations.of(actor(unit.submitter()), id);
        assertThat(seen).extracting(AnnotationView::label)
                .containsExactly("附件2 指标 1.1.2 绩效指标明确性", "附件3 三、部门整体支出绩效情况");
        assertThat(seen).allSatisfy(a -> {
            assertThat(a.state()).isEqualTo("OPEN");
            assertThat(a.authorName()).isEqualTo("测试审核人");
            assertThat(a.changed()).isNull();
        });

        // the submitter fixes the first (a reason for 1.1.2) and answers the second without changing the section
        ObjectNode sheet = (ObjectNode) seedFor(unit, 2014).get("scoreSheet");
        sheet.putObject("reasons").put("1.1.2", "目标已按年度任务细化");
        editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, json(sheet), version(id));
        annotations.answer(actor(unit.submitter()), id, seen.get(0).id(), true, null);
        annotations.answer(actor(unit.submitter()), id, seen.get(1).id(), true, "原文已涵盖全年重点工作");
        refused(() -> annotations.answer(actor(unit.reviewer()), id, seen.get(0).id(), true, null),
                Refusal.FORBIDDEN, "NOT_UNIT_SUBMITTER");
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);

        List<AnnotationView> next = annotations.of(actor(unit.reviewer()), id);
        assertThat(next).extracting(AnnotationView::changed).containsExactly(true, false);
        assertThat(next).extracting(AnnotationView::state).containsExactly("DONE", "DONE");
        assertThat(next.get(1).answer()).isEqualTo("原文已涵盖全年重点工作");
    }
}
