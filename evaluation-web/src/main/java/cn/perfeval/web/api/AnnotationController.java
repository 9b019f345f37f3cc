package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.workspace.ReviewAnnotations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The notes reviewers pinned to an evaluation's fields, and the submitter's answers to them. */
@RestController
@RequestMapping("/api/evaluations/{id}/annotations")
class AnnotationController {

    private final ReviewAnnotations annotations;

    AnnotationController(ReviewAnnotations annotations) {
        this.annotations = annotations;
    }

    record AnswerRequest(Boolean done, String answer) {
    }

    @GetMapping
    List<ReviewAnnotations.AnnotationView> list(@PathVariable long id, HttpServletRequest request) {
        return annotations.of(CurrentActor.of(request), id);
    }

    @PutMapping("/{annotationId}")
    ReviewAnnotations.AnnotationView answer(@PathVariable long id, @PathVariable long annotationId,
                                            @RequestBody(required = false) AnswerRequest body, HttpServletRequest request) {
        return annotations.answer(CurrentActor.of(request), id, annotationId,
                body == null || body.done() == null || body.done(), body == null ? null : body.answer());
    }
}
