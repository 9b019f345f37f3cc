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
import cn.perfeval.workflow.audit.AuditEventRecord;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.diff.SnapshotDiff;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.org.OrgDirectory;
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

    public RoundService(EvaluationRoundMapper rounds, ReviewRecords reviews, EvaluationAccess access,
                        EvaluationDocuments documents, AuditTrail audit, OrgDirectory directory) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.directory = directory;
    }

    public record RoundView(int round, String submittedBy, LocalDateTime submittedAt, BigDecimal selfTotal,
                            List<CheckView> findings, List<String> acknowledgedWarnings) {
    }

    public record RoundDiff(long evaluationId, int round, int against, int count, List<Change> changes) {
    }

    /** One line of the timeline; {@code actorName} is what people read, {@code actor} the login it came from. */
    public record HistoryEntry(LocalDateTime at, String kind, String action, String actionLabel, String actor,
                               Integer round, String step, String comment, String detail, String remoteAddress,
                               String actorName) {

        HistoryEntry(LocalDateTime at, String kind, String action, String actionLabel, String actor, Integer round,
                     String step, String comment, String detail, String remoteAddress) {
            this(at, kind, action, actionLabel, actor, round, step, comment, detail, remoteAddress, actor);
        }

        HistoryEntry named(Map<String, String> names) {
            // Reminders and overdue marks come from the campaign's timers, not from a person.
            String name = actor == null ? "系统（定时任务）" : names.getOrDefault(actor, actor);
            return new HistoryEntry(at, kind, action, actionLabel, actor, round, step, comment, detail, remoteAddress,
                    name);
        }
    }

    public List<RoundView> rounds(Actor actor, long evaluationId) {
        access.visible(actor, evaluationId);
        return rounds.ofEvaluation(evaluationId).stream().map(RoundService::view).toList();
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

    /** Rounds, review decisions with their comments, and audit events, in time order. */
    public List<HistoryEntry> history(Actor actor, long evaluationId) {
        return history(actor, access.visible(actor, evaluationId));
    }

    /** The same, for an evaluation the caller has already loaded for this reader. */
    public List<HistoryEntry> history(Actor actor, StoredEvaluation e) {
        long evaluationId = e.id();
        List<HistoryEntry> entries = new ArrayList<>();
        rounds.ofEvaluation(evaluationId).forEach(r ->
                entries.add(new HistoryEntry(r.getSubmittedAt(), "ROUND", "SUBMIT", "提交第" + r.getRoundNo() + "轮",
                        r.getSubmittedBy(), r.getRoundNo(), null, null,
                        r.getSelfTotal() == null ? null : "自评总分" + r.getSelfTotal().toPlainString(), null)));
        reviews.ofEvaluation(evaluationId).forEach(r ->
                entries.add(new HistoryEntry(r.getCreatedAt(), "REVIEW", r.getDecision().name(),
                        Lifecycle.decisionLabel(r.getStep(), r.getDecision()), r.getReviewer(), r.getRoundNo(),
                        r.getStep().name(), r.getCommentText(),
                        r.getReviewTotal() == null ? null : "评审总分" + r.getReviewTotal().toPlainString(), null)));
        boolean showAddresses = actor.isFinanceBureau();
        for (AuditEventRecord a : audit.ofEvaluation(evaluationId)) {
            // Where a reviewer worked from is for the bureau's eyes, not for the unit under review.
            entries.add(new HistoryEntry(a.getOccurredAt(), "AUDIT", a.getAction(), label(a.getAction()), a.getActor(),
                    a.getRoundNo(), null, null, a.getDetail(), showAddresses ? a.getRemoteAddress() : null));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<String, String> names = new HashMap<>();
        entries.stream().map(HistoryEntry::actor).filter(Objects::nonNull).distinct().forEach(login ->
                directory.findAccount(login).ifPresent(account -> names.put(login, account.displayName())));
        return entries.stream().map(entry -> entry.named(names)).toList();
    }

    private EvaluationRoundRecord find(long evaluationId, int round) {
        return rounds.find(evaluationId, round)
                .orElseThrow(() -> UseCaseException.notFound("ROUND_NOT_FOUND", "第" + round + "轮提交不存在"));
    }

    private static RoundView view(EvaluationRoundRecord r) {
        List<CheckView> findings = r.getFindings() == null ? List.of()
                : Json.MAPPER.readValue(r.getFindings(), new TypeReference<List<CheckView>>() { });
        List<String> acknowledged = r.getAcknowledgedWarnings() == null ? List.of()
                : Json.MAPPER.readValue(r.getAcknowledgedWarnings(), new TypeReference<List<String>>() { });
        return new RoundView(r.getRoundNo(), r.getSubmittedBy(), r.getSubmittedAt(), r.getSelfTotal(), findings, acknowledged);
    }

    private static String label(String action) {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }
}
