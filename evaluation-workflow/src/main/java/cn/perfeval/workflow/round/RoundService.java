package cn.perfeval.workflow.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.audit.TrailLine;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.diff.SnapshotDiff;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.process.ProcessPicture;
import cn.perfeval.workflow.review.ReviewAnnotationMapper;
import cn.perfeval.workflow.review.ReviewAnnotationRecord;
import cn.perfeval.workflow.review.ReviewRecord;
import cn.perfeval.workflow.review.ReviewRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The submitted rounds of an evaluation, what changed between two of them, and its whole history. */
@Service
@Transactional(readOnly = true)
public class RoundService {

    private final EvaluationRoundMapper rounds;
    private final ReviewRecords reviews;
    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final AuditTrail audit;
    private final OrgDirectory directory;
    private final ReviewAnnotationMapper annotations;
    private final ApprovalProcess process;

    public RoundService(EvaluationRoundMapper rounds, ReviewRecords reviews, EvaluationAccess access,
                        EvaluationDocuments documents, AuditTrail audit, OrgDirectory directory,
                        ReviewAnnotationMapper annotations, ApprovalProcess process) {
        this.annotations = annotations;
        this.process = process;
        this.rounds = rounds;
        this.reviews = reviews;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.directory = directory;
    }

    public record RoundView(int round, String submittedBy, LocalDateTime submittedAt, BigDecimal selfTotal,
                            List<CheckView> findings, List<String> acknowledgedWarnings, String submittedByName) {
    }

    public record RoundDiff(long evaluationId, int round, int against, int count, List<Change> changes) {
    }

    /**
     * One line of the timeline: one action; {@code actorName} is what people read, {@code actor} the login it came
     * from; {@code count} how many saves one line stands for; {@code notes} the notes pinned with a return.
     */
    public record HistoryEntry(LocalDateTime at, String kind, String action, String actionLabel, String actor,
                               Integer round, String step, String comment, String detail, String remoteAddress,
                               String actorName, int count, List<String> notes) {

        HistoryEntry(LocalDateTime at, String kind, String action, String actionLabel, String actor, Integer round,
                     String step, String comment, String detail, String remoteAddress) {
            this(at, kind, action, actionLabel, actor, round, step, comment, detail, remoteAddress, actor, 1, List.of());
        }

        HistoryEntry named(Map<String, String> names) {
            // Reminders and overdue marks come from the campaign's timers, not from a person.
            String name = actor == null ? "系统（定时任务）" : names.getOrDefault(actor, actor);
            return new HistoryEntry(at, kind, action, actionLabel, actor, round, step, comment, detail, remoteAddress,
                    name, count, notes);
        }
    }

    /** The approval process drawn from its deployed BPMN, with where this evaluation has been and where it waits. */
    public ProcessPicture picture(Actor actor, long evaluationId) {
        return process.picture(access.visible(actor, evaluationId).record().getProcessInstanceId());
    }

    public List<RoundView> rounds(Actor actor, long evaluationId) {
        access.visible(actor, evaluationId);
        Map<String, String> names = new HashMap<>();
        return rounds.ofEvaluation(evaluationId).stream().map(r -> view(r, names.computeIfAbsent(r.getSubmittedBy(),
                login -> login == null ? null : directory.findAccount(login).map(a -> a.displayName()).orElse(login))))
                .toList();
    }

    /** The frozen document of round n. */
    public String snapshot(Actor actor, long evaluationId, int round) {
        access.visible(actor, evaluationId);
        return find(evaluationId, round).getSnapshot();
    }

    /** What changed in round n since round m (by default the round before it), field by field. */
    public RoundDiff diff(Actor actor, long evaluationId, int round, Integer against) {
        return diff(access.visible(actor, evaluationId), round, against);
    }

    /** The same, for an evaluation the caller has already loaded for this reader. */
    public RoundDiff diff(StoredEvaluation e, int round, Integer against) {
        long evaluationId = e.id();
        int base = against == null ? round - 1 : against;
        EvaluationRoundRecord later = find(evaluationId, round);
        EvaluationRoundRecord earlier = find(evaluationId, base);
        JsonNode before = Json.MAPPER.readTree(earlier.getSnapshot());
        JsonNode after = Json.MAPPER.readTree(later.getSnapshot());
        SnapshotDiff differ = new SnapshotDiff(documents.templates().find(e.record().getTemplateCode()).orElse(null),
                e.record().getEvaluationYear());
        List<Change> changes = differ.diff(before, after);
        return new RoundDiff(evaluationId, round, base, changes.size(), changes);
    }

    /**
     * One page of the history, newest first. Its lines are composed from the trail, whose saves SQL folds per person,
     * part and day, and from the rounds and decisions they name, so the rows read grow with the lines, not the saves.
     */
    public Page<HistoryEntry> history(Actor actor, long evaluationId, PageRequest request) {
        return Page.slice(history(actor, access.visible(actor, evaluationId)), request);
    }

    /**
     * The same, for an evaluation the caller has already loaded for this reader: one line per action, newest first,
     * from the audit trail, each decision with its comment (and a return with its pinned notes, a finance approval with
     * the scores it changed), and a person's saves of one day as one line.
     */
    public List<HistoryEntry> history(Actor actor, StoredEvaluation e) {
        long evaluationId = e.id();
        Map<Integer, EvaluationRoundRecord> roundsByNo = new HashMap<>();
        rounds.ofEvaluation(evaluationId).forEach(r -> roundsByNo.put(r.getRoundNo(), r));
        List<ReviewRecord> unmatched = new ArrayList<>(reviews.ofEvaluation(evaluationId));
        List<ReviewAnnotationRecord> notes = annotations.ofEvaluation(evaluationId);
        boolean showAddresses = actor.isFinanceBureau();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Integer> saveLine = new HashMap<>();
        Map<String, List<String>> scoreChanges = new HashMap<>();
        java.util.Set<Integer> submittedRounds = new java.util.HashSet<>();
        for (TrailLine a : audit.linesOfEvaluation(evaluationId)) {
            String action = a.getAction();
            // Where a reviewer worked from is for the bureau's eyes, not for the unit under review.
            String address = showAddresses ? a.getRemoteAddress() : null;
            Integer round = a.getRoundNo();
            switch (action) {
                case "SAVE" -> {
                    String key = a.getActor() + "@" + a.getOccurredAt().toLocalDate();
                    Integer at = saveLine.get(key);
                    if (at == null) {
                        saveLine.put(key, entries.size());
                        entries.add(new HistoryEntry(a.getOccurredAt(), "AUDIT", action, label(action), a.getActor(),
                                round, null, null, a.getDetail(), address, a.getActor(), a.getTimes(), List.of()));
                    } else {
                        // the same day's saves of another part: SQL folded each part's, the line holds them all
                        HistoryEntry h = entries.get(at);
                        String detail = h.detail() != null && h.detail().contains(String.valueOf(a.getDetail())) ? h.detail()
                                : h.detail() == null ? a.getDetail() : h.detail() + "、" + a.getDetail();
                        boolean newer = a.getOccurredAt().isAfter(h.at());
                        entries.set(at, new HistoryEntry(newer ? a.getOccurredAt() : h.at(), h.kind(), action, label(action),
                                h.actor(), newer ? round : h.round(), null, null, detail, newer ? address : h.remoteAddress(),
                                h.actorName(), h.count() + a.getTimes(), List.of()));
                    }
                }
                case "SCORE_CHANGE" -> scoreChanges.computeIfAbsent(a.getActor() + "@" + round, k -> new ArrayList<>())
                        .add(a.getDetail());
                case "SUBMIT" -> {
                    EvaluationRoundRecord r = roundsByNo.get(round);
                    submittedRounds.add(round);
                    entries.add(new HistoryEntry(a.getOccurredAt(), "AUDIT", action, "提交第" + round + "轮", a.getActor(),
                            round, null, null, r == null || r.getSelfTotal() == null ? null
                            : "自评总分" + r.getSelfTotal().toPlainString(), address));
                }
                case "APPROVE", "RETURN", "PUBLISH", "UNPUBLISH" -> {
                    ReviewRecord r = unmatched.stream().filter(x -> x.getDecision().name().equals(action)
                            && Objects.equals(x.getRoundNo(), round) && Objects.equals(x.getReviewer(), a.getActor()))
                            .findFirst().orElse(null);
                    unmatched.remove(r);
                    List<String> changes = scoreChanges.remove(a.getActor() + "@" + round);
                    String detail = r != null && r.getReviewTotal() != null ? "评审总分" + r.getReviewTotal().toPlainString()
                            + (r.getReviewGrade() == null ? "" : "，评审等级" + cn.perfeval.domain.evaluation.ReviewGrade
                            .valueOf(r.getReviewGrade()).label()) : r == null ? a.getDetail() : null;
                    if (changes != null) {
                        detail = (detail == null ? "" : detail + "；") + "改分：" + String.join("；", changes);
                    }
                    List<String> pinned = !"RETURN".equals(action) ? List.of() : notes.stream()
                            .filter(n -> Objects.equals(n.getRoundNo(), round) && Objects.equals(n.getAuthor(), a.getActor()))
                            .map(n -> (n.getLabel() == null ? "" : n.getLabel() + "：") + n.getNote()).toList();
                    entries.add(new HistoryEntry(a.getOccurredAt(), "AUDIT", action, r == null ? label(action)
                            : Lifecycle.decisionLabel(r.getStep(), r.getDecision()), a.getActor(), round,
                            r == null ? null : r.getStep().name(), r == null ? null : r.getCommentText(), detail, address,
                            a.getActor(), 1, pinned));
                }
                default -> entries.add(new HistoryEntry(a.getOccurredAt(), "AUDIT", action, label(action), a.getActor(),
                        round, null, null, a.getDetail(), address));
            }
        }
        // what the trail does not hold (records older than it) still shows, once
        roundsByNo.values().stream().filter(r -> !submittedRounds.contains(r.getRoundNo())).forEach(r ->
                entries.add(new HistoryEntry(r.getSubmittedAt(), "ROUND", "SUBMIT", "提交第" + r.getRoundNo() + "轮",
                        r.getSubmittedBy(), r.getRoundNo(), null, null,
                        r.getSelfTotal() == null ? null : "自评总分" + r.getSelfTotal().toPlainString(), null)));
        unmatched.forEach(r -> entries.add(new HistoryEntry(r.getCreatedAt(), "REVIEW", r.getDecision().name(),
                Lifecycle.decisionLabel(r.getStep(), r.getDecision()), r.getReviewer(), r.getRoundNo(),
                r.getStep().name(), r.getCommentText(),
                r.getReviewTotal() == null ? null : "评审总分" + r.getReviewTotal().toPlainString(), null)));
        entries.sort(Comparator.comparing(HistoryEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<String, String> names = new HashMap<>();
        entries.stream().map(HistoryEntry::actor).filter(Objects::nonNull).distinct().forEach(login ->
                directory.findAccount(login).ifPresent(account -> names.put(login, account.displayName())));
        return entries.stream().map(entry -> entry.named(names)).toList();
    }

    private EvaluationRoundRecord find(long evaluationId, int round) {
        return rounds.find(evaluationId, round)
                .orElseThrow(() -> UseCaseException.notFound("ROUND_NOT_FOUND", "第" + round + "轮提交不存在"));
    }

    private static RoundView view(EvaluationRoundRecord r, String submittedByName) {
        List<CheckView> findings = r.getFindings() == null ? List.of()
                : Json.MAPPER.readValue(r.getFindings(), new TypeReference<List<CheckView>>() { });
        List<String> acknowledged = r.getAcknowledgedWarnings() == null ? List.of()
                : Json.MAPPER.readValue(r.getAcknowledgedWarnings(), new TypeReference<List<String>>() { });
        return new RoundView(r.getRoundNo(), r.getSubmittedBy(), r.getSubmittedAt(), r.getSelfTotal(), findings, acknowledged,
                submittedByName);
    }

    private static String label(String action) {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }
}
