package cn.perfeval.web.report;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The three attachments as files: for whoever may read the evaluation, and for everyone once it is published. */
@RestController
class ReportController {

    private final ReportModels models;
    private final ReportRendering rendering;

    ReportController(ReportModels models, ReportRendering rendering) {
        this.models = models;
        this.rendering = rendering;
    }

    @GetMapping({"/api/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}",
            "/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String file, HttpServletRequest request) {
        ReportFormat format = format(file);
        if (format == ReportFormat.XLSX) {
            return rendering.downloadForm(models.formFor(CurrentActor.of(request), id));
        }
        return rendering.download(models.forReader(CurrentActor.of(request), id), format);
    }

    @GetMapping({"/api/public/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}",
            "/public/evaluations/{id}/{file:report\\.html|report\\.docx|report\\.pdf|attachments\\.xlsx}"})
    ResponseEntity<byte[]> publicDownload(@PathVariable long id, @PathVariable String file) {
        return rendering.download(models.forPublic(id), format(file));
    }

    @GetMapping("/evaluations/{id}/report/preview")
    ResponseEntity<String> preview(@PathVariable long id, HttpServletRequest request) {
        return rendering.preview(models.forReader(CurrentActor.of(request), id));
    }

    @GetMapping("/public/evaluations/{id}/report/preview")
    ResponseEntity<String> publicPreview(@PathVariable long id) {
        return rendering.preview(models.forPublic(id));
    }

    private static ReportFormat format(String file) {
        return ReportFormat.byPath(file)
                .orElseThrow(() -> UseCaseException.notFound("NOT_FOUND", "不支持的文件格式：" + file));
    }
}
