package cn.perfeval.workflow.evaluation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/** What the public reads: published evaluations only, without the login names of the unit's staff. */
@Service
@Transactional(readOnly = true)
public class PublicReading {

    private final EvaluationAccess access;
    private final EvaluationRepository repository;
    private final EvaluationReading reading;
    private final EvaluationMapper rows;

    public PublicReading(EvaluationAccess access, EvaluationRepository repository, EvaluationReading reading,
                         EvaluationMapper rows) {
        this.access = access;
        this.repository = repository;
        this.reading = reading;
        this.rows = rows;
    }

    public record PublicEvaluation(EvaluationView evaluation, ObjectNode document, ScoreSheetView scoreSheet) {
    }

    public List<EvaluationView> published(Integer year) {
        return reading.views(rows.published(year)).stream().map(EvaluationView::withoutStaffNames).toList();
    }

    /** One published evaluation with its three attachments and the bureau's review; anything else is not found. */
    public PublicEvaluation evaluation(long id) {
        StoredEvaluation e = access.published(id);
        return new PublicEvaluation(EvaluationView.of(e.record(), e.unit(), null).withoutStaffNames(),
                repository.document(e), reading.scoreSheet(e));
    }

    public ReportSource reportSource(long id) {
        return reading.reportSource(access.published(id));
    }

    /** The published evaluations of a campaign, in unit order. */
    public List<Long> publishedOfCampaign(long campaignId) {
        return rows.publishedIdsOfCampaign(campaignId);
    }
}
