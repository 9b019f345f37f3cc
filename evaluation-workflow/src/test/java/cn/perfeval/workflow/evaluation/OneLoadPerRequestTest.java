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
import cn.perfeval.workflow.support.Plans;
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
    @Autowired
    org.flowable.engine.RuntimeService runtime;

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
        // at most once: the attachments of a version already read (the editor's, just now) are kept
        assertThat(review.readsOf("evaluation_part")).isLessThanOrEqualTo(1);
        assertThat(scoring.scorings.get() - scoredBefore).isEqualTo(1);
    }

    /**
     * A whole path (draft → submitted → internally approved → approved by the bureau → published) against the bare
     * engine driving the same BPMN with the same variables: start, then read and complete each of the four tasks.
     */
    @Test
    void aWholeLifecycleCostsFewStatementsMoreThanTheBareEngine() {
        TestUnit unit = newUnit();
        long id = draft(unit, 2020);
        Actor submitter = actor(unit.submitter());
        Actor reviewer = actor(unit.reviewer());
        Actor bureau = actor("finance.reviewer");
        Actor publisher = actor("publisher");
        int[] ours = new int[2];
        java.util.List<String> oursSql = new java.util.ArrayList<>();
        java.util.List<Statements.Bound> oursBound = new java.util.ArrayList<>();
        Runnable add = () -> {
            ours[0] += Statements.current().selects.get();
            ours[1] += Statements.current().writes.get();
            oursSql.addAll(Statements.current().sql);
            oursBound.addAll(Statements.current().bound);
        };
        int version = version(id);
        Statements.reset();
        submission.submit(submitter, id, SEED_WARNINGS, version);
        add.run();
        String internal = task(id);
        Statements.reset();
        decisions.approve(reviewer, internal, cn.perfeval.workflow.review.ApprovalRequest.withComment("同意"));
        add.run();
        String finance = task(id);
        Statements.reset();
        decisions.approve(bureau, finance, new cn.perfeval.workflow.review.ApprovalRequest(null, null, "良", "同意"));
        add.run();
        Statements.reset();
        publication.publish(publisher, id);
        add.run();

        Map<String, Object> variables = new java.util.HashMap<>(Map.of("submitterGroup", "g1", "internalReviewerGroup", "g2",
                "financeReviewerGroup", "g3", "publisherGroup", "g4", "evaluationId", -1L, "unitId", unit.id()));
        Statements.reset();
        String pi = runtime.startProcessInstanceByKey(cn.perfeval.workflow.process.ApprovalProcess.PROCESS_KEY, "bare", variables).getId();
        for (int step = 0; step < 4; step++) {
            org.flowable.task.api.Task t = tasks.createTaskQuery().processInstanceId(pi).singleResult();
            tasks.complete(t.getId(), Map.of("decision", "APPROVE"));
        }
        Statements.Counts bare = Statements.current();
        runtime.deleteProcessInstance(pi, "benchmark");

        int total = ours[0] + ours[1];
        FIGURES.put("lifecycle, submit to publish", ours[0] + " SELECT, " + ours[1] + " writes (" + total + ") vs bare engine "
                + bare.selects + " SELECT, " + bare.writes + " writes (" + bare.total() + "): "
                + String.format(java.util.Locale.ROOT, "%.2f", (double) total / bare.total()) + "×");
        Map<String, Long> byTable = new java.util.TreeMap<>();
        oursSql.forEach(q -> {
            var m = java.util.regex.Pattern.compile("^(select .*? from|insert into|update|delete from) (\\w+)").matcher(q);
            byTable.merge(m.find() ? m.group(1).split(" ")[0] + " " + m.group(2) : q.substring(0, Math.min(30, q.length())), 1L, Long::sum);
        });
        FIGURES.put("lifecycle statements by table", byTable.toString());
        assertThat(bare.total()).isPositive();
        // every read, change and removal of our own rows on the path finds them by an index: a move that scans a
        // table grows with the province (the task notices were marked read by a scan of every notice)
        Plans plans = new Plans(jdbc, OWN_TABLES, 20);
        java.util.List<String> scans = new java.util.ArrayList<>();
        long explained = oursBound.stream().filter(b -> plans.touchesWatched(b.sql())
                && b.sql().strip().toLowerCase(java.util.Locale.ROOT).matches("^(select|update|delete)\\b.*"))
                .peek(b -> scans.addAll(plans.fullScans(b.sql(), b.args()))).count();
        assertThat(explained).as("the moves' statements on our tables were seen").isGreaterThanOrEqualTo(10);
        assertThat(scans).as("full table scans in a lifecycle").isEmpty();
        // a ceiling, so that a change that adds statements to the path is noticed; the figures file says where it is
        assertThat(total).as(String.join("\n", oursSql)).isLessThanOrEqualTo(LIFECYCLE_CEILING);
    }

    /** The tables that grow with the province's evaluations and people (not Flowable's, which the engine owns). */
    static final java.util.List<String> OWN_TABLES = java.util.List.of("evaluation", "evaluation_part", "evaluation_round",
            "evaluation_copy", "review_record", "review_score", "review_draft", "review_annotation", "notification",
            "audit_event", "org_unit", "app_user", "user_role", "api_token", "campaign_unit", "evidence_file",
            "published_file");

    /** Statements of the four moves, submit to publish (measured; lowered as the path is made cheaper). */
    static final int LIFECYCLE_CEILING = 160;

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "benchmarks", "request-cost.txt");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("What one request costs (OneLoadPerRequestTest)\n");
        FIGURES.forEach((what, figure) -> text.append(what).append(": ").append(figure).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
