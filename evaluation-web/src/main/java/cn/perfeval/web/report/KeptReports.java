package cn.perfeval.web.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.publishedfile.PublishedFiles;
import cn.perfeval.workflow.publishedfile.PublishedFiles.KeptFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The files of a published evaluation, which can no longer change: rendered on the first download of a publication,
 * kept in the database for every instance, and streamed from there on every later download. Only the public routes
 * and the bureau's reads of a published evaluation come here; a unit's own copy and the fill-in form are rendered.
 */
@Component
class KeptReports {

    private final PublicReading published;
    private final EvaluationReading evaluations;
    private final ReportModels models;
    private final ReportRendering rendering;
    private final PublishedFiles files;

    KeptReports(PublicReading published, EvaluationReading evaluations, ReportModels models, ReportRendering rendering,
                PublishedFiles files) {
        this.published = published;
        this.evaluations = evaluations;
        this.models = models;
        this.rendering = rendering;
        this.files = files;
    }

    /** For everyone: only a published evaluation exists. */
    ResponseEntity<StreamingResponseBody> forPublic(long id, ReportFormat format) {
        return kept(id, format, published.publishedAt(id));
    }

    /** For a reader of the bureau who may read the evaluation; empty when it is not published (render it then). */
    Optional<ResponseEntity<StreamingResponseBody>> forBureau(Actor actor, long id, ReportFormat format) {
        if (!actor.isFinanceBureau() || format == ReportFormat.XLSX) {
            return Optional.empty();
        }
        return evaluations.publishedAt(actor, id).map(at -> kept(id, format, at));
    }

    private ResponseEntity<StreamingResponseBody> kept(long id, ReportFormat format, LocalDateTime publishedAt) {
        Optional<KeptFile> kept = files.find(id, format.name(), publishedAt, rendering.renderer());
        if (kept.isPresent()) {
            KeptFile file = kept.get();
            return answer(file.fileName(), format, file.size(), out -> {
                if (!files.writeTo(file, out)) {
                    // withdrawn between the two reads: the answer is cut short rather than wrong
                    throw new IllegalStateException("公开文件已撤回：" + id + " " + format);
                }
            });
        }
        PublicReading.PublishedSource source = published.publishedSource(id);
        EvaluationReportModel model = models.assemble(source.source());
        byte[] bytes = rendering.render(model, format);
        String fileName = rendering.fileName(model, format);
        files.keep(id, format.name(), source.publishedAt(), rendering.renderer(), fileName, format.contentType(), bytes);
        return answer(fileName, format, bytes.length, out -> out.write(bytes));
    }

    private static ResponseEntity<StreamingResponseBody> answer(String fileName, ReportFormat format, long size,
                                                               StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(format.contentType()))
                .contentLength(size)
                .body(body);
    }
}
