package cn.perfeval.workflow.evaluation;

import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.org.OrgDirectory;

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
    private final OrgDirectory directory;

    public PublicReading(EvaluationAccess access, EvaluationRepository repository, EvaluationReading reading,
                         EvaluationMapper rows, OrgDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.repository = repository;
        this.reading = reading;
        this.rows = rows;
    }

    public record PublicEvaluation(EvaluationView evaluation, ObjectNode document, ScoreSheetView scoreSheet) {
    }

    /** One page of the published evaluations, newest year first, by year and a part of the unit's name. */
    public Page<EvaluationView> published(Integer year, String unitName, PageRequest request) {
        EvaluationFilter filter = new EvaluationFilter(year, EvaluationStatus.PUBLISHED, null, null, unitName);
        List<Long> named = null;
        if (filter.searchesName()) {
            named = directory.unitIdsNamed(unitName, u -> true, EvaluationReading.NAMED_UNITS);
            if (named.isEmpty()) {
                return Page.of(List.of(), 0, request);
            }
        }
        long total = rows.count(null, null, filter, named);
        if (total == 0 || request.offset() >= total) {
            return Page.of(List.of(), total, request);
        }
        return Page.of(reading.views(rows.page(null, null, filter, named, request.offset(), request.size())), total, request)
                .map(EvaluationView::withoutStaffNames);
    }

    /** The years with a published evaluation, newest first. */
    public List<Integer> publishedYears() {
        return rows.publishedYears();
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
