package cn.perfeval.web.ui;

import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evidence.EvidenceContent;
import cn.perfeval.workflow.evidence.EvidenceService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: published evaluations only, by year and unit, with their attachments and downloads. */
@Controller
class PublicController {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final PublicReading evaluations;
    private final EvidenceService evidence;

    PublicController(PublicReading evaluations, EvidenceService evidence) {
        this.evaluations = evaluations;
        this.evidence = evidence;
    }

    @GetMapping("/public")
    String index(Model model, @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Page<EvaluationView> shown = Paging.shown(Paging.request(page, size), r -> evaluations.published(year, unit, r));
        model.addAttribute("years", evaluations.publishedYears());
        model.addAttribute("evaluations", shown.items());
        model.addAttribute("paging", Paging.of(shown, "/public", Paging.query("year", year, "unit", unit)));
        model.addAttribute("year", year);
        model.addAttribute("unit", unit == null ? "" : unit);
        return "public/index";
    }

    @GetMapping("/public/evaluations/{id}")
    String evaluation(@PathVariable long id, Model model) {
        PublicReading.PublicEvaluation published = evaluations.evaluation(id);
        model.addAttribute("e", published.evaluation());
        model.addAttribute("sheet", published.scoreSheet());
        model.addAttribute("document", JSON.convertValue(published.document(), java.util.Map.class));
        model.addAttribute("evidence", evidence.publicList(id));
        return "public/evaluation";
    }

    @GetMapping("/public/evaluations/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        EvidenceContent content = evidence.publicDownload(id, fileId);
        return Downloads.attachment(content.bytes(), content.file().contentType(), content.file().fileName());
    }
}
