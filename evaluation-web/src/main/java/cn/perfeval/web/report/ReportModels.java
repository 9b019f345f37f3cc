package cn.perfeval.web.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.EvaluationService.ReportSource;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.stereotype.Component;

/** Builds the report's read model from a stored evaluation, for a reader the use cases allow or for the public. */
@Component
public class ReportModels {

    private final EvaluationService evaluations;
    private final EvaluationMapper records;
    private final ReportModelAssembler assembler = new ReportModelAssembler();

    ReportModels(EvaluationService evaluations, EvaluationMapper records) {
        this.evaluations = evaluations;
        this.records = records;
    }

    /** For whoever may read the evaluation (its unit, or the bureau above it); a foreign id is not found. */
    public EvaluationReportModel forReader(Actor actor, long id) {
        return assemble(evaluations.reportSource(actor, id));
    }

    /** For the public: only what is published exists. */
    public EvaluationReportModel forPublic(long id) {
        return assemble(evaluations.publishedReportSource(id));
    }

    /** The published evaluations of a campaign, in unit order. */
    public List<Long> publishedOf(long campaignId) {
        return records.selectList(new QueryWrapper<EvaluationRecord>().select("id")
                        .eq("campaign_id", campaignId).eq("status", EvaluationStatus.PUBLISHED.name())
                        .orderByAsc("unit_id").orderByAsc("id"))
                .stream().map(EvaluationRecord::getId).toList();
    }

    private EvaluationReportModel assemble(ReportSource source) {
        return assembler.assemble(source.evaluation(), source.template(), source.score(), reviewOf(source));
    }

    private static ReportModelAssembler.Review reviewOf(ReportSource source) {
        EvaluationRecord record = source.loaded().record();
        if (record.getReviewGrade() == null) {
            return null;
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        source.reviewScores().forEach((code, review) -> scores.put(code, review.getScore()));
        return new ReportModelAssembler.Review(scores, record.getReviewTotal(),
                ReviewGrade.valueOf(record.getReviewGrade()), record.getReviewOpinion());
    }
}
