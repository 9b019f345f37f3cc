package cn.perfeval.web.ui.evaluation;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Downloads;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evidence.EvidenceContent;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.round.RoundService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The evaluation list, the three-tab editor with its checks and evidence, and the history. */
@Controller
class EvaluationPagesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EvaluationService evaluations;
    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvidenceService evidence;
    private final RoundService rounds;
    private final OrgDirectory directory;

    EvaluationPagesController(EvaluationService evaluations, EvaluationAccess access, EvaluationDocuments documents,
                              EvidenceService evidence, RoundService rounds, OrgDirectory directory) {
        this.evaluations = evaluations;
        this.access = access;
        this.documents = documents;
        this.evidence = evidence;
        this.rounds = rounds;
        this.directory = directory;
    }

    @GetMapping("/evaluations")
    String list(HttpServletRequest request, Model model, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @RequestParam(required = false) Long unitId) {
        Actor actor = CurrentActor.of(request);
        List<EvaluationView> all = evaluations.list(actor, null, null, null);
        model.addAttribute("evaluations", evaluations.list(actor, year, blankToNull(status), unitId));
        model.addAttribute("years", all.stream().map(EvaluationView::year).distinct().sorted().toList());
        List<Long> visibleUnits = access.visibleUnitIds(actor);
        model.addAttribute("units", directory.allUnits().stream().filter(u -> visibleUnits.contains(u.getId()))
                .filter(u -> !"FINANCE_BUREAU".equals(u.getUnitType())).toList());
        model.addAttribute("statuses", List.of(EvaluationStatus.values()));
        model.addAttribute("year", year);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("unitId", unitId);
        return "evaluation/list";
    }

    @GetMapping("/evaluations/{id}")
    String editor(HttpServletRequest request, @PathVariable long id, Model model) {
        Actor actor = CurrentActor.of(request);
        EvaluationView view = evaluations.view(actor, id);
        model.addAttribute("e", view);
        model.addAttribute("editable", editable(actor, view));
        model.addAttribute("checks", evaluations.checks(actor, id));
        model.addAttribute("evidence", evidence.list(actor, id));
        model.addAttribute("steps", Steps.of(view));
        model.addAttribute("lastComment", lastReturnComment(actor, id));
        return "evaluation/editor";
    }

    /** Everything the editor's script draws from: the document, the template, the scores and the findings. */
    @GetMapping(value = "/evaluations/{id}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String data(HttpServletRequest request, @PathVariable long id) {
        Actor actor = CurrentActor.of(request);
        EvaluationView view = evaluations.view(actor, id);
        ObjectNode root = JSON.createObjectNode();
        root.set("evaluation", JSON.valueToTree(view));
        root.put("editable", editable(actor, view));
        root.set("document", JSON.readTree(evaluations.export(actor, id)));
        root.set("template", new TemplateCodec().toJson(documents.templates().require(view.templateCode())));
        root.set("scoreSheet", JSON.valueToTree(evaluations.scoreSheet(actor, id)));
        root.set("checks", JSON.valueToTree(evaluations.checks(actor, id)));
        return JSON.writeValueAsString(root);
    }

    /** Saves one attachment from the editor; answers with the new scores and findings. */
    @PostMapping(value = "/evaluations/{id}/parts/{part}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String save(HttpServletRequest request, @PathVariable long id, @PathVariable String part, @RequestBody String json,
                @RequestHeader(value = "X-Evaluation-Version", required = false) Integer version) {
        Actor actor = CurrentActor.of(request);
        Part which = switch (part) {
            case "basicData" -> Part.BASIC_DATA;
            case "scoreSheet" -> Part.SCORE_SHEET;
            case "report" -> Part.REPORT;
            default -> throw UseCaseException.notFound("PART_NOT_FOUND", "没有这个附件：" + part);
        };
        EvaluationView view = evaluations.savePart(actor, id, which, json, version);
        ObjectNode root = JSON.createObjectNode();
        root.set("evaluation", JSON.valueToTree(view));
        root.set("scoreSheet", JSON.valueToTree(evaluations.scoreSheet(actor, id)));
        root.set("checks", JSON.valueToTree(evaluations.checks(actor, id)));
        return JSON.writeValueAsString(root);
    }

    @GetMapping("/evaluations/{id}/history")
    String history(HttpServletRequest request, @PathVariable long id, Model model) {
        Actor actor = CurrentActor.of(request);
        EvaluationView view = evaluations.view(actor, id);
        model.addAttribute("e", view);
        model.addAttribute("steps", Steps.of(view));
        model.addAttribute("entries", rounds.history(actor, id));
        model.addAttribute("rounds", rounds.rounds(actor, id));
        return "evaluation/history";
    }

    @PostMapping("/evaluations/{id}/evidence")
    String upload(HttpServletRequest request, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String indicatorCode, RedirectAttributes redirect) throws IOException {
        try {
            var saved = evidence.upload(CurrentActor.of(request), id, indicatorCode, file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("flashMessage", "已上传佐证材料“" + saved.fileName() + "”");
        } catch (UseCaseException e) {
            if (e.refusal() == Refusal.NOT_FOUND || e.refusal() == Refusal.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未上传：" + e.getMessage());
        }
        return "redirect:/evaluations/" + id + "#evidence";
    }

    @GetMapping("/evaluations/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId) {
        EvidenceContent content = evidence.download(CurrentActor.of(request), id, fileId);
        return Downloads.attachment(content.bytes(), content.file().contentType(), content.file().fileName());
    }

    @PostMapping("/evaluations/{id}/evidence/{fileId}/delete")
    String deleteEvidence(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId,
                          RedirectAttributes redirect) {
        evidence.remove(CurrentActor.of(request), id, fileId);
        redirect.addFlashAttribute("flashMessage", "已删除佐证材料");
        return "redirect:/evaluations/" + id + "#evidence";
    }

    static boolean editable(Actor actor, EvaluationView view) {
        return actor.has(Role.SUBMITTER) && actor.unitId() == view.unitId()
                && ("DRAFT".equals(view.status()) || "RETURNED".equals(view.status()));
    }

    private Map<String, Object> lastReturnComment(Actor actor, long id) {
        var entries = rounds.history(actor, id);
        for (int i = entries.size() - 1; i >= 0; i--) {
            var entry = entries.get(i);
            if ("RETURN".equals(entry.action()) && entry.comment() != null) {
                return Map.of("comment", entry.comment(), "actor", entry.actorName() == null ? "" : entry.actorName(),
                        "at", MINUTES.format(entry.at()), "step", entry.step() == null ? "" : entry.step());
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
