package cn.perfeval.web.api;

import java.util.List;

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

    @GetMapping
    List<EvaluationView> published(@RequestParam(required = false) Integer year) {
        return evaluations.published(year);
    }

    @GetMapping("/{id}")
    PublicReading.PublicEvaluation evaluation(@PathVariable long id) {
        return evaluations.evaluation(id);
    }
}
