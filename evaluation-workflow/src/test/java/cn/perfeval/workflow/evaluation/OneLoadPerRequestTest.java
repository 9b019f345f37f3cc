package cn.perfeval.workflow.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.pages.EvaluationPages;
import cn.perfeval.workflow.support.CountingScoring;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request costs: an editor save (the save and the answer the editor draws from) scores once and reads
 * little; the editor and the review page load the evaluation once. The figures go to target/benchmarks.
 */
class OneLoadPerRequestTest extends UseCaseTest {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    @Autowired
    EvaluationPages pages;
    @Autowired
    CountingScoring scoring;

    @Test
    void anEditorSaveScoresOnceAndRunsAtMostFiveSelects() {
        TestUnit unit = newUnit();
        long id = draft(unit, 2020);
        Actor submitter = actor(unit.submitter());
        int version = version(id);
        String report = json(seedFor(unit, 2020).get("report")).replace("44人", "43人");

        Statements.reset();
        int scoredBefore = scoring.scorings.get();
        // what POST /evaluations/{id}/parts/report does: save, then answer with the view, score sheet and findings
        StoredEvaluation saved = editing.savePart(submitter, id, Part.REPORT, report, version);
        reading.view(saved);
        reading.scoreSheet(saved);
        EvaluationReading.checks(saved);
        Statements.Counts cost = Statements.current();
        int scorings = scoring.scorings.get() - scoredBefore;

        FIGURES.put("editor save", cost.selects + " SELECT, " + cost.writes + " writes, " + scorings + " scoring");
        assertThat(scorings).isEqualTo(1);
        assertThat(cost.selects.get()).as(String.join("\n", cost.sql)).isLessThanOrEqualTo(5);
        assertThat(cost.readsOf("evaluation")).isEqualTo(1);
        assertThat(cost.readsOf("evaluation_part")).isEqualTo(1);
    }

    @Test
    void theEditorAndTheReviewPageLoadTheEvaluationOnce() {
        TestUnit unit = newUnit();
        long id = submitted(unit, 2020);

        Statements.reset();
        int scoredBefore = scoring.scorings.get();
        pages.editor(actor(unit.submitter()), id);
        Statements.Counts editor = Statements.current();
        FIGURES.put("editor page", editor.selects + " SELECT, " + (scoring.scorings.get() - scoredBefore) + " scoring");
        assertThat(editor.readsOf("evaluation")).as(String.join("\n", editor.sql)).isEqualTo(1);
        assertThat(editor.readsOf("evaluation_part")).isEqualTo(1);
        assertThat(scoring.scorings.get() - scoredBefore).isEqualTo(1);

        Statements.reset();
        scoredBefore = scoring.scorings.get();
        pages.review(actor(unit.reviewer()), id);
        Statements.Counts review = Statements.current();
        FIGURES.put("review page", review.selects + " SELECT, " + (scoring.scorings.get() - scoredBefore) + " scoring");
        assertThat(review.readsOf("evaluation")).as(String.join("\n", review.sql)).isEqualTo(1);
        assertThat(review.readsOf("evaluation_part")).isEqualTo(1);
        assertThat(scoring.scorings.get() - scoredBefore).isEqualTo(1);
    }

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "benchmarks", "request-cost.txt");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("What one request costs (OneLoadPerRequestTest)\n");
        FIGURES.forEach((what, figure) -> text.append(what).append(": ").append(figure).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
