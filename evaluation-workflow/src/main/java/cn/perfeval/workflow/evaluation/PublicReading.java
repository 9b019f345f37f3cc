package cn.perfeval.workflow.evaluation;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.Columns;
import cn.perfeval.workflow.common.KeptCounts;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
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

    private final KeptCounts counts;
    private final KeptPublicPages pages;

    private enum PublishedYears { INSTANCE }

    private record PublicPage(Integer year, String unitName, int page, int size) {
    }

    public PublicReading(EvaluationAccess access, EvaluationRepository repository, EvaluationReading reading,
                         EvaluationMapper rows, OrgDirectory directory, KeptCounts counts, KeptPublicPages pages) {
        this.counts = counts;
        this.pages = pages;
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
        String name = unitName == null || unitName.isBlank() ? null : unitName.strip();
        return pages.get(new PublicPage(year, name, request.page(), request.size()), () -> read(year, name, request));
    }

    private Page<EvaluationView> read(Integer year, String unitName, PageRequest request) {
        EvaluationFilter filter = new EvaluationFilter(year, EvaluationStatus.PUBLISHED, null, null, unitName);
        List<Long> named = null;
        if (filter.searchesName()) {
            named = directory.unitIdsNamed(unitName, u -> true, EvaluationReading.NAMED_UNITS);
            if (named.isEmpty()) {
                return Page.of(List.of(), 0, request);
            }
        }
        List<Long> inNamed = named;
        long total = counts.get(new EvaluationReading.ListCount(null, null, filter, named),
                () -> rows.count(null, null, filter, inNamed));
        if (total == 0 || request.offset() >= total) {
            return Page.of(List.of(), total, request);
        }
        return Page.of(reading.views(rows.page(null, null, filter, named, request.offset(), request.size())), total, request)
                .map(EvaluationView::withoutStaffNames);
    }

    /** The years with a published evaluation, newest first. */
    public List<Integer> publishedYears() {
        return counts.get(PublishedYears.INSTANCE, rows::publishedYears);
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

    /** What the files of a publication are made from, with the publication's time that keys them, read together. */
    public record PublishedSource(ReportSource source, LocalDateTime publishedAt) {
    }

    public PublishedSource publishedSource(long id) {
        StoredEvaluation e = access.published(id);
        return new PublishedSource(reading.reportSource(e), e.record().getPublishedAt());
    }

    /** When the evaluation was published; not found unless it is published. */
    public LocalDateTime publishedAt(long id) {
        return rows.publishedAt(id)
                .orElseThrow(() -> UseCaseException.notFound("EVALUATION_NOT_FOUND", "该自评不存在或尚未公开"));
    }

    /** How many evaluations each of these campaigns has published; a campaign with none is absent. */
    public Map<Long, Long> publishedPerCampaign(Collection<Long> campaignIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!campaignIds.isEmpty()) {
            rows.publishedPerCampaign(campaignIds)
                    .forEach(row -> counts.put(Columns.number(row, "campaign_id"), Columns.number(row, "n")));
        }
        return counts;
    }

    /** The published evaluations of a campaign, in unit order. */
    public List<Long> publishedOfCampaign(long campaignId) {
        return rows.publishedIdsOfCampaign(campaignId);
    }
}
