package cn.perfeval.web.api;

import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.evaluation.PublicReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published evaluations for anyone, without login; nothing else is visible here. */
@RestController
@RequestMapping("/api/public/evaluations")
class PublicEvaluationController {

    private final PublicReading evaluations;

    PublicEvaluationController(PublicReading evaluations) {
        this.evaluations = evaluations;
    }

    /** One page of the published evaluations; {@code unit} is a part of the unit's name. */
    @GetMapping
    Page<EvaluationView> published(@RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return evaluations.published(year, unit, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    PublicReading.PublicEvaluation evaluation(@PathVariable long id) {
        return evaluations.evaluation(id);
    }
}
