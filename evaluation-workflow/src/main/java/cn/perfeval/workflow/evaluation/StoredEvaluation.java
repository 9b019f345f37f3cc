package cn.perfeval.workflow.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.event.EvaluationRef;
import cn.perfeval.workflow.org.OrgUnitRecord;

/**
 * One evaluation as a request works on it: its row and unit, and, read on first use and then kept for the request,
 * its three attachments with their template, its score and its findings. Nothing is loaded or scored twice.
 */
public final class StoredEvaluation {

    /** The attachments as stored (one JSON text per part) and as the domain reads them. */
    record Document(Map<Part, String> storedParts, Evaluation content, IndicatorTemplate template) {
    }

    private final EvaluationRecord record;
    private final OrgUnitRecord unit;
    private final Function<StoredEvaluation, Document> loader;
    private final EvaluationScoring scoring;
    private Document document;
    private ScoreResult score;
    private List<Finding> findings;
    // Set when this is the last submitted round read by the bureau while the unit edits again (null: the live copy).
    private SubmittedRounds.Frozen frozen;

    StoredEvaluation(EvaluationRecord record, OrgUnitRecord unit, Function<StoredEvaluation, Document> loader,
                     EvaluationScoring scoring) {
        this.record = record;
        this.unit = unit;
        this.loader = loader;
        this.scoring = scoring;
    }

    public long id() {
        return record.getId();
    }

    public EvaluationRecord record() {
        return record;
    }

    public OrgUnitRecord unit() {
        return unit;
    }

    public EvaluationStatus status() {
        return record.getStatus();
    }

    public int round() {
        return record.getCurrentRound();
    }

    public Evaluation content() {
        return document().content();
    }

    public IndicatorTemplate template() {
        return document().template();
    }

    public ScoreResult score() {
        if (score == null) {
            score = scoring.score(content(), template());
        }
        return score;
    }

    public List<Finding> findings() {
        if (findings == null) {
            findings = scoring.check(content(), template(), score());
        }
        return findings;
    }

    /** The submitted round this reader sees instead of the unit's working copy, or null when it is the live copy. */
    public SubmittedRounds.Frozen frozen() {
        return frozen;
    }

    /** The same evaluation as handed in at that round: the row is a copy, with the self-assessment of then. */
    StoredEvaluation frozenAt(SubmittedRounds.Frozen round, Function<StoredEvaluation, Document> frozenLoader) {
        EvaluationRecord copy = new EvaluationRecord();
        org.springframework.beans.BeanUtils.copyProperties(record, copy);
        copy.setSelfTotal(round.selfTotal());
        StoredEvaluation then = new StoredEvaluation(copy, unit, frozenLoader, scoring);
        then.frozen = round;
        var grade = then.score().grade();
        copy.setSelfGrade(grade == null ? null : grade.label());
        return then;
    }

    /** What events and notices say about it. */
    public EvaluationRef ref() {
        return new EvaluationRef(id(), unit.getId(), unit.getShortName(), unit.bureauId(), record.getEvaluationYear(),
                round());
    }

    Document document() {
        if (document == null) {
            document = loader.apply(this);
        }
        return document;
    }

    /** After a save: the new content is what the rest of the request reads, scored afresh once. */
    void replaced(Document saved) {
        document = saved;
        score = null;
        findings = null;
    }
}
