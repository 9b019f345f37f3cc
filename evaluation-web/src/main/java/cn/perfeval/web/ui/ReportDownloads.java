package cn.perfeval.web.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.ReportFileNames;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.LoadedEvaluation;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The adapter from a stored evaluation to helper B's renderers: the three attachments as one PDF. */
@Component
public class ReportDownloads {

    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvaluationService evaluations;
    private final EvaluationMapper records;
    private final OrgDirectory directory;
    private final ScoringEngine scoring = new ScoringEngine();
    private final ReportModelAssembler assembler = new ReportModelAssembler();
    private volatile PdfReportRenderer pdf;

    ReportDownloads(EvaluationAccess access, EvaluationDocuments documents, EvaluationService evaluations,
                    EvaluationMapper records, OrgDirectory directory) {
        this.access = access;
        this.documents = documents;
        this.evaluations = evaluations;
        this.records = records;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> pdf(Actor actor, long id) {
        LoadedEvaluation loaded = access.visible(actor, id);
        return pdfOf(loaded, evaluations.scoreSheet(actor, id));
    }

    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> publicPdf(long id) {
        EvaluationRecord record = records.selectById(id);
        if (record == null || !EvaluationStatus.PUBLISHED.name().equals(record.getStatus())) {
            throw UseCaseException.notFound("EVALUATION_NOT_FOUND", "该自评不存在或尚未公开");
        }
        LoadedEvaluation loaded = new LoadedEvaluation(record, directory.findUnit(record.getUnitId()).orElseThrow());
        return pdfOf(loaded, evaluations.publicEvaluation(id).scoreSheet());
    }

    private ResponseEntity<byte[]> pdfOf(LoadedEvaluation loaded, ScoreSheetView sheet) {
        Evaluation evaluation = documents.load(loaded.record(), loaded.unit());
        IndicatorTemplate template = documents.templates().require(evaluation.templateCode());
        EvaluationReportModel model = assembler.assemble(evaluation, template, scoring.score(evaluation, template),
                reviewOf(loaded.record(), sheet));
        return Downloads.attachment(renderer().render(model), "application/pdf", ReportFileNames.pdf(model));
    }

    private static ReportModelAssembler.Review reviewOf(EvaluationRecord record, ScoreSheetView sheet) {
        if (record.getReviewGrade() == null) {
            return null;
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        sheet.indicators().forEach((code, i) -> {
            if (i.reviewScore() != null) {
                scores.put(code, i.reviewScore());
            }
        });
        return new ReportModelAssembler.Review(scores, record.getReviewTotal(), ReviewGrade.valueOf(record.getReviewGrade()),
                record.getReviewOpinion());
    }

    private PdfReportRenderer renderer() {
        if (pdf == null) {
            pdf = new PdfReportRenderer();
        }
        return pdf;
    }
}
