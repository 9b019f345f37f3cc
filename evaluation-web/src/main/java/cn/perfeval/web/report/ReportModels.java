package cn.perfeval.web.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.LoadedEvaluation;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the report's read model from a stored evaluation, for a reader the use cases allow or for the public. */
@Component
public class ReportModels {

    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvaluationService evaluations;
    private final EvaluationMapper records;
    private final ScoringEngine scoring = new ScoringEngine();
    private final ReportModelAssembler assembler = new ReportModelAssembler();

    ReportModels(EvaluationAccess access, EvaluationDocuments documents, EvaluationService evaluations,
                 EvaluationMapper records) {
        this.access = access;
        this.documents = documents;
        this.evaluations = evaluations;
        this.records = records;
    }

    /** For whoever may read the evaluation (its unit, or the bureau above it); a foreign id is not found. */
    @Transactional(readOnly = true)
    public EvaluationReportModel forReader(Actor actor, long id) {
        LoadedEvaluation loaded = access.visible(actor, id);
        return assemble(loaded, evaluations.scoreSheet(actor, id));
    }

    /** For the public: only what is published exists. */
    @Transactional(readOnly = true)
    public EvaluationReportModel forPublic(long id) {
        LoadedEvaluation loaded = access.published(id);
        return assemble(loaded, evaluations.publicEvaluation(id).scoreSheet());
    }

    /** The published evaluations of a campaign, in unit order. */
    public List<Long> publishedOf(long campaignId) {
        return records.selectList(new QueryWrapper<EvaluationRecord>().select("id")
                        .eq("campaign_id", campaignId).eq("status", EvaluationStatus.PUBLISHED.name())
                        .orderByAsc("unit_id").orderByAsc("id"))
                .stream().map(EvaluationRecord::getId).toList();
    }

    private EvaluationReportModel assemble(LoadedEvaluation loaded, ScoreSheetView sheet) {
        Evaluation evaluation = documents.load(loaded.record(), loaded.unit());
        IndicatorTemplate template = documents.templates().require(evaluation.templateCode());
        return assembler.assemble(evaluation, template, scoring.score(evaluation, template),
                reviewOf(loaded.record(), sheet));
    }

    private static ReportModelAssembler.Review reviewOf(EvaluationRecord record, ScoreSheetView sheet) {
        if (record.getReviewGrade() == null) {
            return null;
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        sheet.indicators().forEach((code, indicator) -> {
            if (indicator.reviewScore() != null) {
                scores.put(code, indicator.reviewScore());
            }
        });
        return new ReportModelAssembler.Review(scores, record.getReviewTotal(),
                ReviewGrade.valueOf(record.getReviewGrade()), record.getReviewOpinion());
    }
}
