package cn.perfeval.web.api;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.Submission;
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

/** The evaluation's working copy, its path (submit, withdraw, publish) and its record (rounds, diff, history). */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationReading evaluations;
    private final EvaluationEditing editing;
    private final Submission submission;
    private final Publication publication;
    private final RoundService rounds;

    EvaluationController(EvaluationReading evaluations, EvaluationEditing editing, Submission submission,
                         Publication publication, RoundService rounds) {
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

    @GetMapping
    List<EvaluationView> list(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) EvaluationStatus status,
                              @RequestParam(required = false) Long unitId, HttpServletRequest request) {
        return evaluations.list(CurrentActor.of(request), year, status, unitId);
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

    @PostMapping("/{id}/publish")
    EvaluationView publish(@PathVariable long id, HttpServletRequest request) {
        return publication.publish(CurrentActor.of(request), id);
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
    List<RoundService.HistoryEntry> history(@PathVariable long id, HttpServletRequest request) {
        return rounds.history(CurrentActor.of(request), id);
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
