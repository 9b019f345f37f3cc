package cn.perfeval.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.evaluation.EvaluationFilter;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.editing.AttachmentFiles;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evaluation.ScoreSheetView;
import cn.perfeval.workflow.round.RoundService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The evaluation's working copy, its path (submit, withdraw, publish) and its record (rounds, diff, history). */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationReading evaluations;
    private final EvaluationEditing editing;
    private final Submission submission;
    private final Publication publication;
    private final RoundService rounds;
    private final AttachmentFiles files;

    EvaluationController(EvaluationReading evaluations, EvaluationEditing editing, Submission submission,
                         Publication publication, RoundService rounds, AttachmentFiles files) {
        this.files = files;
        this.evaluations = evaluations;
        this.editing = editing;
        this.submission = submission;
        this.publication = publication;
        this.rounds = rounds;
    }

    record CreateRequest(Long campaignId) {
    }

    record SubmitRequest(List<String> acknowledgedWarnings, Integer version) {
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping
    ResponseEntity<EvaluationView> create(@RequestBody(required = false) CreateRequest body, HttpServletRequest request) {
        EvaluationView created = editing.createDraft(CurrentActor.of(request), body == null ? null : body.campaignId());
        return ResponseEntity.created(URI.create("/api/evaluations/" + created.id())).body(created);
    }

    /** One page of what the caller may see; {@code unit} is a part of the unit's name. */
    @GetMapping
    Page<EvaluationView> list(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) EvaluationStatus status,
                              @RequestParam(required = false) Long unitId,
                              @RequestParam(required = false) Long campaignId,
                              @RequestParam(required = false) String unit,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, HttpServletRequest request) {
        PageRequest paging = PageRequest.of(page, size);
        return evaluations.page(CurrentActor.of(request), new EvaluationFilter(year, status, unitId, campaignId, unit), paging);
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importDocument(@RequestBody(required = false) String json,
                                                       @RequestParam(required = false) Integer version,
                                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                       HttpServletRequest request) {
        EvaluationEditing.ImportResult result = editing.importDocument(CurrentActor.of(request), json,
                version(version, ifMatch));
        Map<String, Object> body = Map.of("id", result.id(), "created", result.created(), "version", result.version());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/evaluations/" + result.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    EvaluationView get(@PathVariable long id, HttpServletRequest request) {
        return evaluations.view(CurrentActor.of(request), id);
    }

    @PutMapping(value = "/{id}/basic-data", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationView saveBasicData(@PathVariable long id, @RequestBody(required = false) String json,
                                 @RequestParam(required = false) Integer version,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                 HttpServletRequest request) {
        return save(request, id, Part.BASIC_DATA, json, version(version, ifMatch));
    }

    @PutMapping(value = "/{id}/score-sheet", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationView saveScoreSheet(@PathVariable long id, @RequestBody(required = false) String json,
                                  @RequestParam(required = false) Integer version,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                  HttpServletRequest request) {
        return save(request, id, Part.SCORE_SHEET, json, version(version, ifMatch));
    }

    @PutMapping(value = "/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationView saveReport(@PathVariable long id, @RequestBody(required = false) String json,
                              @RequestParam(required = false) Integer version,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                              HttpServletRequest request) {
        return save(request, id, Part.REPORT, json, version(version, ifMatch));
    }

    /** 以上年报告为底稿: 附件3 starts from last year's sections, marked to be rewritten (one save). */
    @PostMapping("/{id}/report/from-previous-year")
    EvaluationView reportFromPreviousYear(@PathVariable long id, @RequestParam(required = false) Integer version,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          HttpServletRequest request) {
        return evaluations.view(editing.reportFromPreviousYear(CurrentActor.of(request), id, version(version, ifMatch)));
    }

    /** The workbook from attachments.xlsx, filled in: 附件1 and 附件2's self-scores and reasons as one save. */
    @PostMapping(value = "/{id}/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AttachmentFiles.Applied uploadWorkbook(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                           @RequestParam(required = false) Integer version,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           HttpServletRequest request) throws IOException {
        return files.applyWorkbook(CurrentActor.of(request), id, bytes(file, "Excel填报表（.xlsx）"), version(version, ifMatch));
    }

    /** 附件3 written in Word: {@code apply=false} shows what was recognised, {@code apply=true} stores it. */
    @PostMapping(value = "/{id}/report-document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AttachmentFiles.ReportDocument importReportDocument(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                                        @RequestParam(required = false) Integer version,
                                                        @RequestParam(defaultValue = "false") boolean apply,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        HttpServletRequest request) throws IOException {
        return files.importReportDocument(CurrentActor.of(request), id, bytes(file, "Word文档（.docx）"),
                version(version, ifMatch), apply);
    }

    private static byte[] bytes(MultipartFile file, String what) throws IOException {
        if (file == null || file.isEmpty()) {
            throw UseCaseException.invalid("FILE_REQUIRED", "请选择要上传的" + what,
                    List.of(ErrorDetail.at("file", "请选择要上传的" + what)));
        }
        return file.getBytes();
    }

    @GetMapping("/{id}/score-sheet")
    ScoreSheetView scoreSheet(@PathVariable long id, HttpServletRequest request) {
        return evaluations.scoreSheet(CurrentActor.of(request), id);
    }

    @GetMapping("/{id}/checks")
    List<CheckView> checks(@PathVariable long id, HttpServletRequest request) {
        return evaluations.checks(CurrentActor.of(request), id);
    }

    @GetMapping(value = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> export(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + id + ".json\"")
                .body(evaluations.export(CurrentActor.of(request), id));
    }

    @PostMapping("/{id}/submit")
    EvaluationView submit(@PathVariable long id, @RequestBody(required = false) SubmitRequest body,
                          HttpServletRequest request) {
        return submission.submit(CurrentActor.of(request), id,
                body == null || body.acknowledgedWarnings() == null ? null : new LinkedHashSet<>(body.acknowledgedWarnings()),
                body == null ? null : body.version());
    }

    @PostMapping("/{id}/withdraw")
    EvaluationView withdraw(@PathVariable long id, HttpServletRequest request) {
        return submission.withdraw(CurrentActor.of(request), id);
    }

    /** {@code {"publicEvidenceIds":[…]}}: the files offered as 可公开 that the publisher confirms (保密审查); none without a body. */
    record PublishRequest(java.util.List<Long> publicEvidenceIds) {
    }

    @PostMapping("/{id}/publish")
    EvaluationView publish(@PathVariable long id, @RequestBody(required = false) PublishRequest body,
                           HttpServletRequest request) {
        java.util.Set<Long> confirmed = body == null || body.publicEvidenceIds() == null ? java.util.Set.of()
                : body.publicEvidenceIds().stream().filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet());
        return publication.publish(CurrentActor.of(request), id, confirmed);
    }

    /** The files the publisher reviews before publishing: those the unit marked 可公开. */
    @GetMapping("/{id}/publication-evidence")
    java.util.List<cn.perfeval.workflow.evidence.EvidenceFile> publicationEvidence(@PathVariable long id,
                                                                                 HttpServletRequest request) {
        return publication.evidenceToReview(CurrentActor.of(request), id);
    }

    @PostMapping("/{id}/unpublish")
    EvaluationView unpublish(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                             HttpServletRequest request) {
        return publication.unpublish(CurrentActor.of(request), id, body == null ? null : body.reason());
    }

    @GetMapping("/{id}/rounds")
    List<RoundService.RoundView> rounds(@PathVariable long id, HttpServletRequest request) {
        return rounds.rounds(CurrentActor.of(request), id);
    }

    @GetMapping(value = "/{id}/rounds/{round}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> snapshot(@PathVariable long id, @PathVariable int round, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(rounds.snapshot(CurrentActor.of(request), id, round));
    }

    @GetMapping("/{id}/rounds/{round}/diff")
    RoundService.RoundDiff diff(@PathVariable long id, @PathVariable int round,
                                @RequestParam(required = false) Integer against, HttpServletRequest request) {
        return rounds.diff(CurrentActor.of(request), id, round, against);
    }

    @GetMapping("/{id}/history")
    Page<RoundService.HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return rounds.history(CurrentActor.of(request), id, PageRequest.of(page, size));
    }

    private EvaluationView save(HttpServletRequest request, long id, Part part, String json, Integer version) {
        return evaluations.view(editing.savePart(CurrentActor.of(request), id, part, json, version));
    }

    /** The version the client read, from ?version= or an If-Match header ("3" or W/"3"). */
    private static Integer version(Integer param, String ifMatch) {
        if (param != null) {
            return param;
        }
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.equals("*")) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
