package cn.perfeval.workflow.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.workflow.common.BoundedMemo;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where an evaluation is kept: its row, its unit and its three stored attachments, loaded once per request as a
 * {@link StoredEvaluation}; saves write only the parts that changed and move the row's version on.
 */
@Repository
public class EvaluationRepository {

    private final EvaluationMapper rows;
    private final EvaluationPartMapper parts;
    private final OrgDirectory directory;
    private final EvaluationDocuments documents;
    private final EvaluationScoring scoring;
    private final Clock clock;
    // The attachments as stored at a version of the row: they change only with the version (storeAndAdvance writes
    // both in one transaction), so a lifecycle's requests read them once. A few dozen evaluations' texts, some MB.
    private final BoundedMemo<PartsAt, Map<Part, String>> partsKept = new BoundedMemo<>(PARTS_KEPT);

    static final int PARTS_KEPT = 64;

    private record PartsAt(long evaluationId, int version) {
    }

    public EvaluationRepository(EvaluationMapper rows, EvaluationPartMapper parts, OrgDirectory directory,
                                EvaluationDocuments documents, EvaluationScoring scoring, Clock clock) {
        this.rows = rows;
        this.parts = parts;
        this.directory = directory;
        this.documents = documents;
        this.scoring = scoring;
        this.clock = clock;
    }

    public Optional<StoredEvaluation> find(long id) {
        return Optional.ofNullable(rows.selectById(id)).map(this::of);
    }

    /** Locks the row first, so that of two people acting at once the second sees the first's result. */
    public Optional<StoredEvaluation> lock(long id) {
        return Optional.ofNullable(rows.lockById(id)).map(this::of);
    }

    public Optional<StoredEvaluation> lockByProcessInstance(String processInstanceId) {
        return Optional.ofNullable(rows.lockByProcessInstance(processInstanceId)).map(this::of);
    }

    public Optional<StoredEvaluation> findByProcessInstance(String processInstanceId) {
        return rows.findByProcessInstance(processInstanceId).map(this::of);
    }

    public Optional<EvaluationRecord> findByUnitAndYear(long unitId, int year) {
        return rows.findByUnitAndYear(unitId, year);
    }

    /** The units' evaluations of the year, in one read. */
    public List<EvaluationRecord> findOfUnitsInYear(List<Long> unitIds, int year) {
        return rows.findOfUnitsInYear(unitIds, year);
    }

    /** As {@link #findOfUnitsInYear}, with only what a board row shows: id, unit, status and round. */
    public List<EvaluationRecord> stagesOfUnitsInYear(List<Long> unitIds, int year) {
        return rows.stagesOfUnitsInYear(unitIds, year);
    }

    public void attachToCampaign(EvaluationRecord record, long campaignId) {
        if (record.getCampaignId() == null) {
            rows.attachToCampaign(record.getId(), campaignId);
        }
    }

    public StoredEvaluation of(EvaluationRecord record) {
        OrgUnitRecord unit = directory.findUnit(record.getUnitId()).orElseThrow();
        return new StoredEvaluation(record, unit, this::load, scoring);
    }

    /**
     * A new evaluation with its attachments; the caller has filled in the row (with its process, when it has one).
     * The content is scored before the row is written, so the row is written once, with its self-assessed total.
     */
    public StoredEvaluation insert(EvaluationRecord record, OrgUnitRecord unit, Evaluation content, String username) {
        StoredEvaluation stored = new StoredEvaluation(record, unit, this::load, scoring);
        Map<Part, String> texts = documents.parts(content);
        stored.replaced(new StoredEvaluation.Document(texts, content, documents.templates().require(content.templateCode())));
        var score = stored.score();
        record.setSelfTotal(score.shownTotal());
        record.setSelfGrade(score.shownGrade());
        rows.insert(record);
        LocalDateTime now = LocalDateTime.now(clock);
        parts.insertAll(texts.entrySet().stream()
                .map(t -> part(record.getId(), t.getKey(), t.getValue(), username, now)).toList());
        return stored;
    }

    /** Writes the attachments that differ from what was loaded; the evaluation then reads as saved. */
    public void store(StoredEvaluation e, Evaluation content, String username) {
        Map<Part, String> before = e.document().storedParts();
        Map<Part, String> after = documents.parts(content);
        LocalDateTime now = LocalDateTime.now(clock);
        after.forEach((part, text) -> {
            if (!before.containsKey(part)) {
                parts.insert(part(e.id(), part, text, username, now));
            } else if (!before.get(part).equals(text)) {
                parts.replace(part(e.id(), part, text, username, now));
            }
        });
        e.replaced(new StoredEvaluation.Document(after, content, e.template()));
    }

    /** The stored attachments with one of them replaced by what the caller sent (not yet stored). */
    public Evaluation withPart(StoredEvaluation e, Part part, String json) {
        return documents.withPart(e.record(), e.unit(), e.document().storedParts(), part, json);
    }

    /** The working copy as the interchange document (the export). */
    public ObjectNode document(StoredEvaluation e) {
        return documents.document(e.record(), e.unit(), e.document().storedParts());
    }

    /**
     * Writes the row as the use case changed it, only if nobody changed it since it was read, and moves its version
     * on; the in-memory row then matches the stored one, so nothing needs reading back.
     */
    public void advance(StoredEvaluation e) {
        EvaluationRecord record = e.record();
        LocalDateTime now = LocalDateTime.now(clock);
        if (rows.advance(record, now) != 1) {
            throw UseCaseException.conflict("CONCURRENT_MODIFICATION", "该自评已被他人修改或处理，请刷新后重试");
        }
        record.setVersion(record.getVersion() + 1);
        record.setUpdatedAt(now);
    }

    /** The evaluation as its unit handed it in at that round, read from the round's frozen document. */
    public StoredEvaluation frozen(StoredEvaluation live, SubmittedRounds.Frozen round) {
        return live.frozenAt(round, e -> {
            Evaluation content = EvaluationDocuments.withUnit(documents.parse(round.snapshot()), e.unit());
            return new StoredEvaluation.Document(documents.parts(content), content,
                    documents.templates().require(content.templateCode()));
        });
    }

    private StoredEvaluation.Document load(StoredEvaluation e) {
        Map<Part, String> stored = partsKept.get(new PartsAt(e.id(), e.record().getVersion()), () -> {
            Map<Part, String> read = new EnumMap<>(Part.class);
            parts.of(e.id()).forEach(row -> read.put(Part.valueOf(row.getPart()), row.getContent()));
            return Map.copyOf(read);
        });
        Evaluation content = documents.read(e.record(), e.unit(), stored);
        return new StoredEvaluation.Document(stored, content, documents.templates().require(content.templateCode()));
    }

    private static EvaluationPartRecord part(long evaluationId, Part part, String text, String username,
                                             LocalDateTime now) {
        EvaluationPartRecord row = new EvaluationPartRecord();
        row.setEvaluationId(evaluationId);
        row.setPart(part.name());
        row.setContent(text);
        row.setUpdatedBy(username);
        row.setUpdatedAt(now);
        return row;
    }
}
