package cn.perfeval.workflow.workspace;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.perfeval.domain.basicdata.BasicDataField;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.review.ReviewAnnotationMapper;
import cn.perfeval.workflow.review.ReviewAnnotationRecord;
import cn.perfeval.workflow.round.RoundService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes a reviewer pins to fields when returning a round: the submitter sees each at its field and as a checklist,
 * marks it done with an optional answer; the next round's reviewer sees, per note, whether the field changed.
 */
@Service
@Transactional
public class ReviewAnnotations {

    private final ReviewAnnotationMapper annotations;
    private final EvaluationAccess access;
    private final RoundService rounds;
    private final OrgDirectory directory;
    private final Clock clock;

    public ReviewAnnotations(ReviewAnnotationMapper annotations, EvaluationAccess access, RoundService rounds,
                             OrgDirectory directory, Clock clock) {
        this.annotations = annotations;
        this.access = access;
        this.rounds = rounds;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * One note as people read it; {@code changed} is whether its field differs in the round submitted after the one
     * it was written on (null while that round is not submitted yet).
     */
    public record AnnotationView(long id, int round, String path, String label, String note, String author,
                                 String authorName, LocalDateTime at, String state, String answer, String answeredBy,
                                 LocalDateTime answeredAt, Boolean changed) {

        public boolean done() {
            return ReviewAnnotationRecord.DONE.equals(state);
        }

        public String stateLabel() {
            return done() ? "已处理" : "待处理";
        }
    }

    /** Checks the notes a return carries (before anything moves): each with a place and a text of bounded length. */
    public static List<ReviewDraft.Annotation> validate(List<ReviewDraft.Annotation> notes) {
        List<ReviewDraft.Annotation> kept = new ArrayList<>();
        if (notes == null) {
            return kept;
        }
        List<ErrorDetail> problems = new ArrayList<>();
        if (notes.size() > 200) {
            throw UseCaseException.invalid("ANNOTATION_INVALID", "批注过多，一次退回最多200条",
                    List.of(ErrorDetail.at("$.annotations", "一次退回最多200条批注")));
        }
        for (int i = 0; i < notes.size(); i++) {
            ReviewDraft.Annotation a = notes.get(i);
            if (a == null || a.note() == null || a.note().isBlank()) {
                continue;
            }
            if (a.path() == null || a.path().isBlank() || !a.path().startsWith("$.")) {
                problems.add(ErrorDetail.at("$.annotations[" + i + "].path", "第" + (i + 1) + "条批注没有指明位置"));
                continue;
            }
            BoundedText.require(Limits.Text.NAME, a.path(), "批注位置", "$.annotations[" + i + "].path");
            BoundedText.require(Limits.Text.PARAGRAPH, a.note(), "第" + (i + 1) + "条批注", "$.annotations[" + i + "].note");
            kept.add(new ReviewDraft.Annotation(a.path().strip(), a.note().strip()));
        }
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("ANNOTATION_INVALID", "批注有误", problems);
        }
        return kept;
    }

    /** Keeps the notes of a return on the round returned (inside the return's transaction). */
    public void keep(Actor actor, StoredEvaluation e, List<ReviewDraft.Annotation> notes) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (ReviewDraft.Annotation a : notes) {
            ReviewAnnotationRecord r = new ReviewAnnotationRecord();
            r.setEvaluationId(e.id());
            r.setRoundNo(e.round());
            r.setPath(a.path());
            r.setLabel(label(e, a.path()));
            r.setNote(a.note());
            r.setAuthor(actor.username());
            r.setCreatedAt(now);
            r.setState(ReviewAnnotationRecord.OPEN);
            annotations.insert(r);
        }
    }

    @Transactional(readOnly = true)
    public List<AnnotationView> of(Actor actor, long evaluationId) {
        return of(access.visible(actor, evaluationId));
    }

    /** The notes of an evaluation already loaded for this reader, newest round first. */
    @Transactional(readOnly = true)
    public List<AnnotationView> of(StoredEvaluation e) {
        List<ReviewAnnotationRecord> rows = annotations.ofEvaluation(e.id());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        rows.stream().flatMap(r -> Stream.of(r.getAuthor(), r.getAnsweredBy())).filter(Objects::nonNull).distinct()
                .forEach(login -> directory.findAccount(login).ifPresent(a -> names.put(login, a.displayName())));
        Map<Integer, List<Change>> changesAfter = rows.stream().map(ReviewAnnotationRecord::getRoundNo).distinct()
                .filter(round -> e.round() > round)
                .collect(Collectors.toMap(Function.identity(), round -> rounds.diff(e, round + 1, round).changes()));
        return rows.stream().map(r -> {
            List<Change> changes = changesAfter.get(r.getRoundNo());
            Boolean changed = changes == null ? null : changes.stream().anyMatch(c -> touches(r.getPath(), c.path()));
            return new AnnotationView(r.getId(), r.getRoundNo(), r.getPath(), r.getLabel(), r.getNote(), r.getAuthor(),
                    names.getOrDefault(r.getAuthor(), r.getAuthor()), r.getCreatedAt(), r.getState(), r.getAnswer(),
                    r.getAnsweredBy() == null ? null : names.getOrDefault(r.getAnsweredBy(), r.getAnsweredBy()),
                    r.getAnsweredAt(), changed);
        }).toList();
    }

    /** The submitter marks a note of the returned round done (or open again), with an optional answer. */
    public AnnotationView answer(Actor actor, long evaluationId, long annotationId, boolean done, String answer) {
        StoredEvaluation e = access.lockVisible(actor, evaluationId);
        access.require(actor, e, Move.EDIT);
        ReviewAnnotationRecord r = annotations.selectById(annotationId);
        if (r == null || r.getEvaluationId() != evaluationId) {
            throw UseCaseException.notFound("ANNOTATION_NOT_FOUND", "该批注不存在");
        }
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        BoundedText.require(Limits.Text.PARAGRAPH, text, "批注答复", "$.answer");
        r.setState(done ? ReviewAnnotationRecord.DONE : ReviewAnnotationRecord.OPEN);
        r.setAnswer(text);
        r.setAnsweredBy(actor.username());
        r.setAnsweredAt(LocalDateTime.now(clock));
        annotations.updateById(r);
        return of(e).stream().filter(v -> v.id() == annotationId).findFirst().orElseThrow();
    }

    /** Whether a change at {@code changePath} is at the field a note is pinned to (or, for an indicator, its reason). */
    static boolean touches(String notePath, String changePath) {
        String note = normal(notePath);
        String change = normal(changePath);
        if (change.equals(note) || change.startsWith(note + ".")) {
            return true;
        }
        String self = "$.scoreSheet.selfScores.";
        return note.startsWith(self) && change.equals("$.scoreSheet.reasons." + note.substring(self.length()));
    }

    private static String normal(String path) {
        return path.replaceAll("\\['([^']*)']", ".$1").replaceAll("\\[([^\\]]*)]", ".$1");
    }

    /** The field's name as the page labels it: an indicator by code and name, a section by its title, else the path. */
    private static String label(StoredEvaluation e, String path) {
        String n = normal(path);
        for (String prefix : List.of("$.scoreSheet.selfScores.", "$.scoreSheet.reasons.")) {
            if (n.startsWith(prefix)) {
                String code = n.substring(prefix.length());
                return e.template().find(code).map(Indicator::name).map(name -> "附件2 指标 " + code + " " + name)
                        .orElse("附件2 指标 " + code);
            }
        }
        if (n.startsWith("$.report.sections.")) {
            String key = n.substring("$.report.sections.".length()).split("\\.")[0];
            return e.content().report().sections().stream().filter(s -> key.equals(s.key())).findFirst()
                    .map(s -> "附件3 " + s.title()).orElse("附件3");
        }
        if (n.startsWith("$.basicData.")) {
            String entry = n.substring("$.basicData.".length());
            String named = BasicDataField.entryLabel(entry);
            return named.equals(entry) ? "附件1 基础数据表" : named;
        }
        return n.startsWith("$.report") ? "附件3 自评报告" : "自评内容";
    }

    /** A place outside the score sheet where a reviewer may pin a note, named as the editor labels it. */
    public record Place(String path, String label) {
    }

    /** 附件1's headcounts, rows and 厉行节约保障措施, and every 附件3 section: the notes a return may pin besides indicators. */
    public static List<Place> placesOutsideTheScoreSheet(StoredEvaluation e) {
        List<String> paths = new ArrayList<>(List.of("$.basicData.staffing.authorizedHeadcount",
                "$.basicData.staffing.actualHeadcount"));
        for (ExpenseRow row : ExpenseRow.values()) {
            paths.add("$.basicData.expenseControl." + row.key());
        }
        paths.add("$.basicData." + BasicDataField.AUSTERITY_MEASURES);
        e.content().report().sections().forEach(section -> paths.add("$.report.sections." + section.key()));
        return paths.stream().map(path -> new Place(path, label(e, path))).toList();
    }
}
