package cn.perfeval.workflow.approval;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher publishes what the bureau approved; a publication is withdrawn only with a reason; then nothing changes. */
class PublishingTest extends UseCaseTest {

    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        unit = newUnit();
    }

    @Test
    void onlyAnApprovedEvaluationIsPublishedAndOnlyByThePublisher() {
        long id = submitted(unit, 2020);
        refused(() -> publication.publish(actor("publisher"), id), Refusal.CONFLICT, "NOT_APPROVED");
        long approved = approved(unit, 2021);
        refused(() -> publication.publish(actor("finance.reviewer"), approved), Refusal.FORBIDDEN, "NOT_PUBLISHER");

        EvaluationView published = publication.publish(actor("publisher"), approved);
        assertThat(published.status()).isEqualTo(EvaluationStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.openTask()).isNull();
        assertStatusAndTaskAgree(approved, EvaluationStatus.PUBLISHED);
        refused(() -> publication.publish(actor("publisher"), approved), Refusal.CONFLICT, "ALREADY_PUBLISHED");
    }

    @Test
    void nothingOfAPublishedEvaluationChanges() {
        long id = published(unit, 2020);
        refused(() -> editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, "{}", version(id)), Refusal.CONFLICT,
                "EVALUATION_PUBLISHED");
        refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020))), Refusal.CONFLICT,
                "EVALUATION_PUBLISHED");
        refused(() -> submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null), Refusal.CONFLICT,
                "EVALUATION_PUBLISHED");
    }

    @Test
    void aPublicationIsWithdrawnWithAReasonAndMayBePublishedAgain() {
        long id = published(unit, 2020);
        refused(() -> publication.unpublish(actor("publisher"), id, " "), Refusal.UNPROCESSABLE, "REASON_REQUIRED");
        refused(() -> publication.unpublish(actor(unit.submitter()), id, "x"), Refusal.FORBIDDEN, "NOT_PUBLISHER");

        EvaluationView withdrawn = publication.unpublish(actor("publisher"), id, "数据有误，需更正");
        assertThat(withdrawn.status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(withdrawn.publishedAt()).isNull();
        assertStatusAndTaskAgree(id, EvaluationStatus.APPROVED);
        assertThat(jdbc.queryForObject("select detail from audit_event where evaluation_id = ? and action = 'UNPUBLISH'",
                String.class, id)).isEqualTo("撤回公开：数据有误，需更正");
        refused(() -> publication.unpublish(actor("publisher"), id, "x"), Refusal.CONFLICT, "NOT_PUBLISHED");
        assertThat(publication.publish(actor("publisher"), id).status()).isEqualTo(EvaluationStatus.PUBLISHED);
    }
}
