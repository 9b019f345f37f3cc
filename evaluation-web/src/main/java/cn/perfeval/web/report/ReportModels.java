package cn.perfeval.web.report;

import java.util.List;
import java.util.Map;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.evaluation.ReportSource;
import org.springframework.stereotype.Component;

/** Builds the report's read model from a stored evaluation, for a reader the use cases allow or for the public. */
@Component
public class ReportModels {

    private final EvaluationReading evaluations;
    private final PublicReading published;
    private final ReportModelAssembler assembler = new ReportModelAssembler();

    ReportModels(EvaluationReading evaluations, PublicReading published) {
        this.evaluations = evaluations;
        this.published = published;
    }

    /** For whoever may read the evaluation (its unit, or the bureau above it); a foreign id is not found. */
    public EvaluationReportModel forReader(Actor actor, long id) {
        return assemble(evaluations.reportSource(actor, id));
    }

    /** The attachments workbook as the unit's form: the model, the mark of this evaluation, the reasons to keep. */
    public record Form(EvaluationReportModel model, WorkbookMarker marker, Map<String, String> reasons) {
    }

    public Form formFor(Actor actor, long id) {
        ReportSource source = evaluations.reportSource(actor, id);
        var e = source.evaluation();
        return new Form(assemble(source), new WorkbookMarker(e.templateCode(), source.evaluationId(), e.year(), e.unit().name()),
                e.scoreSheet().reasons());
    }

    /** For the public: only what is published exists. */
    public EvaluationReportModel forPublic(long id) {
        return assemble(published.reportSource(id));
    }

    /** The published evaluations of a campaign, in unit order. */
    public List<Long> publishedOf(long campaignId) {
        return published.publishedOfCampaign(campaignId);
    }

    EvaluationReportModel assemble(ReportSource source) {
        ReportModelAssembler.Review review = source.reviewGrade() == null ? null
                : new ReportModelAssembler.Review(source.reviewScores(), source.reviewTotal(), source.reviewGrade(),
                source.reviewOpinion());
        return assembler.assemble(source.evaluation(), source.template(), source.score(), review);
    }
}
