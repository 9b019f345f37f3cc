package cn.perfeval.workflow.editing;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts are imported or created, saved part by part from the version read, and only while the lifecycle allows. */
class EditingTheWorkingCopyTest extends UseCaseTest {

    TestUnit unit;

    @BeforeEach
    void freshUnit() {
        unit = newUnit();
    }

    @Test
    void anImportCreatesADraftWithItsProcessAndAgainReplacesIt() {
        EvaluationEditing.ImportResult created = editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020)));
        assertThat(created.created()).isTrue();
        assertStatusAndTaskAgree(created.id(), EvaluationStatus.DRAFT);
        assertThat(jdbc.queryForObject("select self_total from evaluation where id = ?", java.math.BigDecimal.class,
                created.id())).isEqualByComparingTo("86.2");

        refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020))),
                Refusal.PRECONDITION_REQUIRED, "VERSION_REQUIRED");
        refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020)), created.version() - 1),
                Refusal.CONFLICT, "CONCURRENT_MODIFICATION");
        EvaluationEditing.ImportResult replaced = editing.importDocument(actor(unit.submitter()),
                json(seedFor(unit, 2020)), created.version());
        assertThat(replaced.created()).isFalse();
        assertThat(replaced.version()).isEqualTo(created.version() + 1);
        refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020)), created.version()),
                Refusal.CONFLICT, "CONCURRENT_MODIFICATION");
        assertThat(replaced.id()).isEqualTo(created.id());
        assertThat(jdbc.queryForList("select action from audit_event where evaluation_id = ? order by id", String.class,
                created.id())).containsExactly("IMPORT", "IMPORT");
    }

    @Test
    void anImportForAYearNoCampaignHasReachedIsRefusedWithTheYearNamed() {
        int nextYear = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() + 1;
        UseCaseException e = refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, nextYear + 3))),
                Refusal.INVALID, "YEAR_WITHOUT_CAMPAIGN");
        assertThat(e.getMessage()).contains("年度" + (nextYear + 3));
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id = ?", Long.class, unit.id())).isZero();
        // a past year is history the unit may bring in: last year's figures carry over from it
        assertThat(editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2019))).created()).isTrue();
    }

    @Test
    void aSaveNeedsTheVersionReadAndWritesOnlyThePartThatChanged() {
        long id = draft(unit, 2020);
        refused(() -> editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, "{}", null),
                Refusal.PRECONDITION_REQUIRED, "VERSION_REQUIRED");
        int read = version(id);
        String before = jdbc.queryForObject("select updated_at from evaluation_part where evaluation_id = ? and part = "
                + "'BASIC_DATA'", String.class, id);

        StoredEvaluation saved = editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET,
                "{\"selfScores\":{\"1.1.1\":1}}", read);
        assertThat(saved.record().getVersion()).isEqualTo(read + 1);
        assertThat(saved.content().scoreSheet().selfScore("1.1.1")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(saved.record().getSelfTotal()).isEqualByComparingTo("1");
        assertThat(jdbc.queryForObject("select updated_at from evaluation_part where evaluation_id = ? and part = "
                + "'BASIC_DATA'", String.class, id)).isEqualTo(before);
        refused(() -> editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, "{}", read), Refusal.CONFLICT,
                "CONCURRENT_MODIFICATION");
    }

    @Test
    void aBadPartIsRefusedWithItsPathsAndNothingIsStored() {
        long id = draft(unit, 2020);
        int read = version(id);
        UseCaseException e = refused(() -> editing.savePart(actor(unit.submitter()), id, Part.BASIC_DATA,
                "{\"staffing\":{\"authorizedHeadcount\":\"很多\"}}", read), Refusal.INVALID, "INVALID_DOCUMENT");
        assertThat(e.details()).isNotEmpty().allSatisfy(d -> assertThat(d.path()).startsWith("$"));
        refused(() -> editing.savePart(actor(unit.submitter()), id, Part.REPORT, "[1,2]", read), Refusal.INVALID,
                "INVALID_DOCUMENT");
        assertThat(version(id)).isEqualTo(read);
    }

    @Test
    void onlyTheUnitsSubmitterEditsAndOnlyADraftOrAReturnedEvaluation() {
        long id = draft(unit, 2020);
        refused(() -> editing.savePart(actor(unit.reviewer()), id, Part.REPORT, "{}", version(id)), Refusal.FORBIDDEN,
                "NOT_UNIT_SUBMITTER");
        refused(() -> editing.savePart(actor("guitang.submitter"), id, Part.REPORT, "{}", version(id)), Refusal.NOT_FOUND,
                "EVALUATION_NOT_FOUND");
        refused(() -> editing.importDocument(actor(unit.reviewer()), json(seedFor(unit, 2020))), Refusal.FORBIDDEN,
                "NOT_SUBMITTER");
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);
        refused(() -> editing.savePart(actor(unit.submitter()), id, Part.REPORT, "{}", version(id)), Refusal.CONFLICT,
                "EVALUATION_NOT_EDITABLE");
        refused(() -> editing.importDocument(actor(unit.submitter()), json(seedFor(unit, 2020))), Refusal.CONFLICT,
                "EVALUATION_NOT_EDITABLE");
    }

    @Test
    void anotherUnitsDocumentIsNotImported() {
        var doc = seedFor(unit, 2020);
        ((tools.jackson.databind.node.ObjectNode) doc.get("unit")).put("name", "长沙市雨花区圭塘街道办事处");
        refused(() -> editing.importDocument(actor(unit.submitter()), json(doc)), Refusal.INVALID, "UNIT_MISMATCH");
    }

    @Test
    void withoutAnOpenCampaignNoDraftIsCreated() {
        refused(() -> editing.createDraft(actor(unit.submitter()), null), Refusal.CONFLICT, "NO_OPEN_CAMPAIGN");
        refused(() -> editing.createDraft(actor(unit.reviewer()), null), Refusal.FORBIDDEN, "NOT_SUBMITTER");
    }
}
