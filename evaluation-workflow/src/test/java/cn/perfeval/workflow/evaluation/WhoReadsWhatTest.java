package cn.perfeval.workflow.evaluation;

import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit reads its own; the bureau reads a unit's evaluation once it was handed in; nobody else knows it exists. */
class WhoReadsWhatTest extends UseCaseTest {

    @Test
    void aDraftIsTheUnitsOwnUntilItIsSubmitted() {
        TestUnit unit = newUnit();
        long id = draft(unit, 2020);
        assertThat(reading.view(actor(unit.reviewer()), id).id()).isEqualTo(id);
        refused(() -> reading.view(actor("finance.reviewer"), id), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");
        refused(() -> reading.view(actor("guitang.submitter"), id), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");
        assertThat(reading.list(actor("finance.reviewer"), 2020, null, unit.id())).isEmpty();

        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        assertThat(reading.view(actor("finance.reviewer"), id).unitName()).isEqualTo(unit.name());
        assertThat(reading.list(actor("finance.reviewer"), 2020, null, unit.id())).extracting(EvaluationView::id)
                .containsExactly(id);
        assertThat(reading.list(actor("guitang.submitter"), 2020, null, null)).extracting(EvaluationView::unitId)
                .doesNotContain(unit.id());
        refused(() -> reading.export(actor("guitang.reviewer"), id), Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND");
    }
}
