package cn.perfeval.web.report;

import java.util.Optional;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The three attachments as files: for whoever may read the evaluation, and for everyone once it is published. */
@RestController
class ReportController {

    private final ReportModels models;
    private final ReportRendering rendering;
    private final KeptReports kept;

    ReportController(ReportModels models, ReportRendering rendering, KeptReports kept) {
        this.models = models;
        this.rendering = rendering;
        this.kept = kept;
    }

    @GetMapping({"/api/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}",
            "/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}"})
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable String file, HttpServletRequest request) {
        ReportFormat format = format(file);
        Actor actor = CurrentActor.of(request);
        if (format == ReportFormat.XLSX) {
            return streamed(rendering.downloadForm(models.formFor(actor, id)));
        }
        Optional<ResponseEntity<StreamingResponseBody>> published = kept.forBureau(actor, id, format);
        if (published.isPresent()) {
            return published.get();
        }
        return streamed(rendering.download(models.forReader(actor, id), format));
    }

    /** One declared answer type for rendered and kept files alike (Spring picks the streaming writer by it). */
    private static ResponseEntity<StreamingResponseBody> streamed(ResponseEntity<byte[]> rendered) {
        byte[] bytes = rendered.getBody();
        return ResponseEntity.status(rendered.getStatusCode()).headers(rendered.getHeaders()).body(out -> out.write(bytes));
    }

    @GetMapping({"/api/public/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}",
            "/public/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}"})
    ResponseEntity<StreamingResponseBody> publicDownload(@PathVariable long id, @PathVariable String file) {
        return kept.forPublic(id, format(file));
    }

    private static ReportFormat format(String file) {
        return ReportFormat.byPath(file)
                .orElseThrow(() -> UseCaseException.notFound("NOT_FOUND", "不支持的文件格式：" + file));
    }
}
