package cn.perfeval.web.ui.evaluation;

import cn.perfeval.web.report.ReportModels;
import cn.perfeval.web.report.ReportRendering;
import cn.perfeval.web.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The rendered report as a page (the editor's and reviewer's preview, the public one): a refusal is an error page. */
@Controller
class ReportPreviewPages {

    private final ReportModels models;
    private final ReportRendering rendering;

    ReportPreviewPages(ReportModels models, ReportRendering rendering) {
        this.models = models;
        this.rendering = rendering;
    }

    @GetMapping("/evaluations/{id}/report/preview")
    ResponseEntity<String> preview(@PathVariable long id, HttpServletRequest request) {
        return rendering.preview(models.forReader(CurrentActor.of(request), id));
    }

    @GetMapping("/public/evaluations/{id}/report/preview")
    ResponseEntity<String> publicPreview(@PathVariable long id) {
        return rendering.preview(models.forPublic(id));
    }
}
