package cn.perfeval.workflow.evaluation;

import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.KeptCounts;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.review.ReviewRecord;
import cn.perfeval.workflow.review.ReviewRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading evaluations for those who may: one, a list, its score sheet, its findings, its export and report source. */
@Service
@Transactional(readOnly = true)
public class EvaluationReading {

    private final EvaluationAccess access;
    private final EvaluationRepository repository;
    private final EvaluationMapper rows;
    private final EvaluationDocuments documents;
    private final ApprovalProcess process;
    private final ReviewRecords reviews;
    private final OrgDirectory directory;
    private final SubmittedRounds rounds;
    private final KeptCounts counts;

    /** The key a list's total is kept under: its scope and filter. */
    record ListCount(Long ownUnit, Long bureau, EvaluationFilter filter, List<Long> namedUnits) {
    }

    public EvaluationReading(EvaluationAccess access, EvaluationRepository repository, EvaluationMapper rows,
                             EvaluationDocuments documents, ApprovalProcess process, ReviewRecords reviews,
                             OrgDirectory directory, SubmittedRounds rounds, KeptCounts counts) {
        this.counts = counts;
        this.access = access;
        this.repository = repository;
        this.rows = rows;
        this.documents = documents;
        this.process = process;
        this.reviews = reviews;
        this.directory = directory;
        this.rounds = rounds;
    }

    /** The evaluation loaded once for this request, for a reader it is visible to. */
    public StoredEvaluation load(Actor actor, long id) {
        return access.visible(actor, id);
    }

    /** The row and its open task, two reads that need no common snapshot: no transaction around them. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public EvaluationView view(Actor actor, long id) {
        return view(access.visible(actor, id));
    }

    /** The evaluation as it stands now, with its open task; the row in hand is current, nothing is read back. */
    public EvaluationView view(StoredEvaluation e) {
        return EvaluationView.of(e.record(), e.unit(), process.openTask(e.record().getProcessInstanceId()).orElse(null));
    }

    /** What the caller may see, filtered by year, status and unit: the first {@value PageRequest#MAX_SIZE} rows. */
    public List<EvaluationView> list(Actor actor, Integer year, EvaluationStatus status, Long unitId) {
        return page(actor, EvaluationFilter.byYearStatusUnit(year, status, unitId),
                new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    /** In a list the bureau reads, an evaluation its unit is editing again shows the self-assessment it handed in. */
    List<EvaluationView> asSubmitted(Actor actor, List<EvaluationView> views) {
        Map<Long, Integer> editedAgain = new java.util.HashMap<>();
        views.stream().filter(v -> v.unitId() != actor.unitId() && v.round() > 0
                        && v.status().waitingOn().filter(step -> step == cn.perfeval.domain.evaluation.Step.FILL_IN).isPresent())
                .forEach(v -> editedAgain.put(v.id(), v.round()));
        if (editedAgain.isEmpty()) {
            return views;
        }
        Map<Long, java.math.BigDecimal> totals = rounds.selfTotals(editedAgain);
        return views.stream().map(v -> editedAgain.containsKey(v.id()) ? v.withSelfTotal(totals.get(v.id())) : v)
                .toList();
    }

    /** One page of what the caller may see, filtered and ordered in SQL (newest year first, then unit). */
    public Page<EvaluationView> page(Actor actor, EvaluationFilter filter, PageRequest request) {
        Long ownUnit = actor.isFinanceBureau() ? null : actor.unitId();
        Long bureau = actor.isFinanceBureau() ? actor.unitId() : null;
        List<Long> named = null;
        if (filter.searchesName()) {
            named = directory.unitIdsNamed(filter.unitName(),
                    u -> u.getId() == actor.unitId() || actor.isFinanceBureau() && u.isUnder(actor.unitId()), NAMED_UNITS);
            if (named.isEmpty()) {
                return Page.of(List.of(), 0, request);
            }
        }
        List<Long> inNamed = named;
        long total = counts.get(new ListCount(ownUnit, bureau, filter, named),
                () -> rows.count(ownUnit, bureau, filter, inNamed));
        if (total == 0 || request.offset() >= total) {
            return Page.of(List.of(), total, request);
        }
        return Page.of(asSubmitted(actor, views(rows.page(ownUnit, bureau, filter, named, request.offset(), request.size()))),
                total, request);
    }

    /** The years of the caller's list, newest first, for its year filter. */
    public List<Integer> years(Actor actor) {
        return actor.isFinanceBureau() ? rows.years(null, actor.unitId()) : rows.years(actor.unitId(), null);
    }

    /** At most this many units match a name search; a broader text narrows nothing worth listing. */
    public static final int NAMED_UNITS = 1000;

    public ScoreSheetView scoreSheet(Actor actor, long id) {
        return scoreSheet(access.visible(actor, id));
    }

    public ScoreSheetView scoreSheet(StoredEvaluation e) {
        return ScoreSheetView.of(e, reviews.latestScores(e.id()));
    }

    /** Two reads (the row, the attachments) that need no common snapshot: no transaction, no SET and COMMIT around them. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public List<CheckView> checks(Actor actor, long id) {
        return checks(access.visible(actor, id));
    }

    public static List<CheckView> checks(StoredEvaluation e) {
        return e.findings().stream().map(CheckView::of).toList();
    }

    /** The comment of the latest return, with the reviewer's name, or null. */
    public LastReturn lastReturn(long evaluationId) {
        List<ReviewRecord> records = reviews.ofEvaluation(evaluationId);
        for (int i = records.size() - 1; i >= 0; i--) {
            ReviewRecord r = records.get(i);
            if (r.getDecision() == Move.RETURN && r.getCommentText() != null) {
                String name = directory.findAccount(r.getReviewer()).map(a -> a.displayName()).orElse(r.getReviewer());
                return new LastReturn(r.getCommentText(), name, r.getCreatedAt(), r.getStep().label());
            }
        }
        return null;
    }

    /** The reviewer's comment of the latest return, shown above the editor until the next submission. */
    public record LastReturn(String comment, String actor, java.time.LocalDateTime at, String step) {
    }

    /** The working copy as the interchange document (the fixture's format). */
    public String export(Actor actor, long id) {
        return documents.write(access.visible(actor, id).content());
    }

    /** The working copy as a JSON tree, for the editor's script. */
    public tools.jackson.databind.node.ObjectNode document(StoredEvaluation e) {
        return repository.document(e);
    }

    /** What the files are rendered from, for whoever may read the evaluation. */
    public ReportSource reportSource(Actor actor, long id) {
        return reportSource(access.visible(actor, id));
    }

    /** When the evaluation this reader may read was published, if it is published (its files are then kept). */
    public java.util.Optional<java.time.LocalDateTime> publishedAt(Actor actor, long id) {
        StoredEvaluation e = access.visible(actor, id);
        return e.status() == EvaluationStatus.PUBLISHED ? java.util.Optional.ofNullable(e.record().getPublishedAt())
                : java.util.Optional.empty();
    }

    ReportSource reportSource(StoredEvaluation e) {
        return ReportSource.of(e, reviews.latestScores(e.id()));
    }

    /** The evaluations of these ids the caller may see, as a list shows them, in the order asked. */
    public List<EvaluationView> views(Actor actor, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EvaluationRecord> byId = new java.util.HashMap<>();
        rows.selectByIds(ids).stream().filter(r -> access.canRead(actor, r, directory.findUnit(r.getUnitId()).orElseThrow()))
                .forEach(r -> byId.put(r.getId(), r));
        return asSubmitted(actor, views(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
    }

    List<EvaluationView> views(List<EvaluationRecord> records) {
        return records.stream().map(r -> EvaluationView.of(r, directory.findUnit(r.getUnitId()).orElseThrow(), null)).toList();
    }
}
