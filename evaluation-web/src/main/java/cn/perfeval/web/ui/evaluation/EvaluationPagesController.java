package cn.perfeval.web.ui.evaluation;

import java.io.IOException;
import java.util.List;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Downloads;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.EvaluationFilter;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.evidence.EvidenceContent;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.pages.EditorPage;
import cn.perfeval.workflow.pages.EvaluationPages;
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

    private final EvaluationReading evaluations;
    private final EvaluationEditing editing;
    private final EvaluationPages pages;
    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvidenceService evidence;
    private final RoundService rounds;

    EvaluationPagesController(EvaluationReading evaluations, EvaluationEditing editing, EvaluationPages pages,
                              EvaluationAccess access, EvaluationDocuments documents, EvidenceService evidence,
                              RoundService rounds) {
        this.evaluations = evaluations;
        this.editing = editing;
        this.pages = pages;
        this.access = access;
        this.documents = documents;
        this.evidence = evidence;
        this.rounds = rounds;
    }

    @GetMapping("/evaluations")
    String list(HttpServletRequest request, Model model, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.of(request);
        Page<EvaluationView> shown = Paging.shown(Paging.request(page, size),
                r -> evaluations.page(actor, new EvaluationFilter(year, status, unitId, null, unit), r));
        model.addAttribute("evaluations", shown.items());
        model.addAttribute("paging", Paging.of(shown, "/evaluations",
                Paging.query("year", year, "status", status == null ? null : status.name(), "unitId", unitId, "unit", unit)));
        model.addAttribute("years", evaluations.years(actor));
        model.addAttribute("searchUnits", actor.isFinanceBureau());
        model.addAttribute("statuses", List.of(EvaluationStatus.values()));
        model.addAttribute("year", year);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("unitId", unitId);
        model.addAttribute("unit", unit == null ? "" : unit);
        return "evaluation/list";
    }

    /** 开始填报: the draft of a campaign that includes the unit but has none yet. */
    @PostMapping("/evaluations/start")
    String start(HttpServletRequest request, @RequestParam(required = false) Long campaignId) {
        EvaluationView created = editing.createDraft(CurrentActor.of(request), campaignId);
        return "redirect:/evaluations/" + created.id();
    }

    @GetMapping("/evaluations/{id}")
    String editor(HttpServletRequest request, @PathVariable long id, Model model) {
        EditorPage page = pages.editor(CurrentActor.of(request), id);
        model.addAttribute("e", page.evaluation());
        model.addAttribute("editable", page.editable());
        model.addAttribute("canWithdraw", page.canWithdraw());
        model.addAttribute("checks", page.checks());
        model.addAttribute("evidence", page.evidence());
        model.addAttribute("steps", Steps.of(page.steps()));
        model.addAttribute("lastComment", page.lastReturn());
        model.addAttribute("annotations", page.annotations());
        // Inside a <script> block no "<" may stand as itself, or a text typed by a user could close it.
        model.addAttribute("editorData", editorData(page.evaluation(), page.editable(), page.document(), page)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        return "evaluation/editor";
    }

    /** Everything the editor's script draws from, for a reload: the document, the template, the scores, the findings. */
    @GetMapping(value = "/evaluations/{id}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String data(HttpServletRequest request, @PathVariable long id) {
        EditorPage page = pages.editor(CurrentActor.of(request), id);
        return editorData(page.evaluation(), page.editable(), page.document(), page);
    }

    /** Saves one attachment from the editor; answers with the new scores and findings, from the saved evaluation. */
    @PostMapping(value = "/evaluations/{id}/parts/{part}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String save(HttpServletRequest request, @PathVariable long id, @PathVariable String part, @RequestBody String json,
                @RequestHeader(value = "X-Evaluation-Version", required = false) Integer version) {
        Actor actor = CurrentActor.of(request);
        Part which = Part.byKey(part).orElseThrow(() -> UseCaseException.notFound("PART_NOT_FOUND", "没有这个附件：" + part));
        StoredEvaluation saved = editing.savePart(actor, id, which, json, version);
        ObjectNode root = JSON.createObjectNode();
        root.set("evaluation", JSON.valueToTree(evaluations.view(saved)));
        root.set("scoreSheet", JSON.valueToTree(evaluations.scoreSheet(saved)));
        root.set("checks", JSON.valueToTree(EvaluationReading.checks(saved)));
        return JSON.writeValueAsString(root);
    }

    @GetMapping("/evaluations/{id}/history")
    String history(HttpServletRequest request, @PathVariable long id, Model model,
                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.of(request);
        EvaluationView view = evaluations.view(actor, id);
        model.addAttribute("e", view);
        model.addAttribute("steps", Steps.of(cn.perfeval.domain.evaluation.Lifecycle.progress(view.status())));
        var entries = Paging.shown(Paging.request(page, size),
                r -> rounds.history(actor, id, r));
        model.addAttribute("entries", entries.items());
        model.addAttribute("paging", Paging.of(entries, "/evaluations/" + id + "/history", ""));
        model.addAttribute("rounds", rounds.rounds(actor, id));
        model.addAttribute("picture", rounds.picture(actor, id));
        return "evaluation/history";
    }

    @PostMapping("/evaluations/{id}/evidence")
    String upload(HttpServletRequest request, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String indicatorCode,
                  @RequestParam(name = "public", defaultValue = "false") boolean mayBePublic,
                  RedirectAttributes redirect) throws IOException {
        try {
            var saved = evidence.upload(CurrentActor.of(request), id, indicatorCode, file.getOriginalFilename(),
                    file.getBytes(), mayBePublic);
            redirect.addFlashAttribute("flashMessage", "已上传佐证材料“" + saved.fileName() + "”");
        } catch (UseCaseException e) {
            if (e.refusal() == Refusal.NOT_FOUND || e.refusal() == Refusal.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "未上传：" + e.getMessage());
        }
        return "redirect:/evaluations/" + id + "#evidence";
    }

    @PostMapping("/evaluations/{id}/evidence/{fileId}/visibility")
    String visibility(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId,
                      @RequestParam(name = "public") boolean mayBePublic, RedirectAttributes redirect) {
        var file = evidence.markPublic(CurrentActor.of(request), id, fileId, mayBePublic);
        redirect.addFlashAttribute("flashMessage", "佐证材料“" + file.fileName() + "”：" + file.visibilityLabel());
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

    private String editorData(EvaluationView view, boolean editable, ObjectNode document, EditorPage page) {
        ObjectNode root = JSON.createObjectNode();
        root.set("evaluation", JSON.valueToTree(view));
        root.put("editable", editable);
        root.set("document", document);
        root.set("template", new TemplateCodec().toJson(documents.templates().require(view.templateCode())));
        root.set("scoreSheet", JSON.valueToTree(page.scoreSheet()));
        root.set("checks", JSON.valueToTree(page.checks()));
        return JSON.writeValueAsString(root);
    }
}
