package cn.perfeval.workflow.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.basicdata.Staffing;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.report.OutlineMatcher;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.report.DocumentParagraphs;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.diff.Change;
import cn.perfeval.workflow.diff.SnapshotDiff;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's own files taken back as one save each: the Excel workbook the platform gave out (附件1 and 附件2's
 * self-scores and reasons) and 附件3 written in Word. A file is read and checked whole before anything is stored;
 * the answer says what changed, field by field.
 */
@Service
@Transactional
public class AttachmentFiles {

    private final UnitFileReader files;
    private final OutlineMatcher outlines = new OutlineMatcher();
    private final EvaluationAccess access;
    private final EvaluationEditing editing;
    private final EvaluationDocuments documents;
    private final EvaluationReading reading;
    private final ApplicationEventPublisher events;

    public AttachmentFiles(UnitFileReader files, EvaluationAccess access, EvaluationEditing editing, EvaluationDocuments documents,
                           EvaluationReading reading, ApplicationEventPublisher events) {
        this.files = files;
        this.access = access;
        this.editing = editing;
        this.documents = documents;
        this.reading = reading;
        this.events = events;
    }

    public record Applied(EvaluationView evaluation, List<Change> changes) {
    }

    /** One recognised section of a Word file: its key and title, the heading as written, its paragraphs and text. */
    public record SectionFound(String key, String title, String heading, int paragraphs, String text) {
    }

    /** What a Word file holds for 附件3; {@code evaluation} and {@code changes} only once applied. */
    public record ReportDocument(List<SectionFound> sections, List<String> unmatchedHeadings, List<String> missing,
                                 List<String> preamble, EvaluationView evaluation, List<Change> changes) {
    }

    /** Applies a filled-in workbook: 附件1 and the self-scores and reasons of 附件2, as one save. */
    public Applied applyWorkbook(Actor actor, long id, byte[] bytes, Integer expectedVersion) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.EDIT);
        EvaluationAccess.requireVersion(e, expectedVersion);
        Evaluation before = e.content();
        WorkbookMarker expected = new WorkbookMarker(e.record().getTemplateCode(), e.id(), before.year(), e.unit().getName());
        WorkbookReading r = files.readWorkbook(bytes, expected, e.template());
        if (!r.isValid()) {
            throw invalid("INVALID_WORKBOOK", "Excel填报表有" + r.problems().size() + "处问题，未保存任何内容", r.problems());
        }
        BasicDataSheet old = before.basicData();
        BasicDataSheet sheet = new BasicDataSheet(new Staffing(r.authorizedHeadcount(), r.actualHeadcount(),
                old.staffing().printedControlRate()), r.expenseControl(), r.buildingProjects(), r.austerityMeasures(),
                old.note(), stillCarried(old, r));
        Map<String, BigDecimal> scores = new LinkedHashMap<>(before.scoreSheet().selfScores());
        scores.putAll(r.selfScores());
        Map<String, String> reasons = new LinkedHashMap<>(before.scoreSheet().reasons());
        r.selfScores().keySet().forEach(code -> {
            if (r.reasons().containsKey(code)) {
                reasons.put(code, r.reasons().get(code));
            } else {
                reasons.remove(code);
            }
        });
        ScoreSheet s = before.scoreSheet();
        Evaluation after = before.withBasicData(sheet).withScoreSheet(new ScoreSheet(scores, s.inputs(), reasons, s.note()));
        return new Applied(save(actor, e, after, "从Excel更新附件1、附件2"), changes(e, before, after));
    }

    /** Reads 附件3 from a Word file; with {@code apply}, the recognised sections replace the draft's, as one save. */
    public ReportDocument importReportDocument(Actor actor, long id, byte[] bytes, Integer expectedVersion, boolean apply) {
        StoredEvaluation e = apply ? access.lockVisible(actor, id) : access.visible(actor, id);
        access.require(actor, e, Move.EDIT);
        EvaluationAccess.requireVersion(e, expectedVersion);
        DocumentParagraphs paragraphs = files.readReportDocument(bytes);
        if (!paragraphs.problems().isEmpty()) {
            throw invalid("INVALID_DOCUMENT_FILE", paragraphs.problems().get(0).message(), paragraphs.problems());
        }
        OutlineMatcher.Result result = outlines.match(e.template().reportOutline(), paragraphs.paragraphs());
        if (!result.recognisedAnything()) {
            throw invalid("NO_SECTIONS_RECOGNISED", result.problems().get(0).message(), result.problems());
        }
        List<SectionFound> found = result.sections().stream().map(s -> new SectionFound(s.key(), s.title(), s.heading(),
                s.paragraphs().size(), s.text())).toList();
        List<String> missing = e.template().reportOutline().sections().stream()
                .filter(s -> result.missingKeys().contains(s.key())).map(s -> s.title()).toList();
        if (!apply) {
            return new ReportDocument(found, result.unmatchedHeadings(), missing, result.preamble(), null, List.of());
        }
        List<Problem> tooLong = new ArrayList<>();
        for (SectionFound s : found) {
            Limits.check(Limits.Text.SECTION, s.text(), "附件3“" + s.title() + "”")
                    .ifPresent(m -> tooLong.add(new Problem("$.report.sections." + s.key(), m)));
        }
        if (!tooLong.isEmpty()) {
            throw invalid("INVALID_DOCUMENT_FILE", "Word文档中有部分超过字数上限，未导入任何内容", tooLong);
        }
        Evaluation before = e.content();
        Map<String, String> texts = new LinkedHashMap<>();
        found.forEach(s -> texts.put(s.key(), s.text()));
        List<ReportSection> sections = before.report().sections().stream()
                .map(s -> texts.containsKey(s.key()) ? s.withText(texts.get(s.key()), false) : s).toList();
        Evaluation after = before.withReport(before.report().withSections(sections));
        EvaluationView view = save(actor, e, after, "从Word导入附件3");
        return new ReportDocument(found, result.unmatchedHeadings(), missing, result.preamble(), view, changes(e, before, after));
    }

    private EvaluationView save(Actor actor, StoredEvaluation e, Evaluation content, String what) {
        editing.storeAndAdvance(actor, e, content);
        events.publishEvent(new EvaluationEvent.Changed(actor, e.ref(), what));
        return reading.view(e);
    }

    private List<Change> changes(StoredEvaluation e, Evaluation before, Evaluation after) {
        return new SnapshotDiff(e.template(), before.year()).diff(Json.MAPPER.readTree(documents.write(before)),
                Json.MAPPER.readTree(documents.write(after)));
    }

    /** A carried cell stays marked while the workbook leaves it as it was. */
    private static Map<String, String> stillCarried(BasicDataSheet old, WorkbookReading r) {
        Map<String, String> carried = new LinkedHashMap<>();
        old.carried().forEach((path, from) -> {
            String[] p = path.split("\\.");
            boolean same = p.length == 3 && ExpenseRow.fromKey(p[1]).flatMap(row -> Column.fromKey(p[2]).map(col ->
                    r.expenseControl().get(row) != null && Objects.equals(old.cell(row, col), r.expenseControl().get(row).cell(col))))
                    .orElse(false);
            if (same) {
                carried.put(path, from);
            }
        });
        return carried;
    }

    private static UseCaseException invalid(String code, String message, List<Problem> problems) {
        return UseCaseException.invalid(code, message, problems.stream().map(p -> ErrorDetail.at(p.path(), p.message())).toList());
    }
}
