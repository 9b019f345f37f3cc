package cn.perfeval.web.ui.evaluation;

import java.util.List;

import cn.perfeval.domain.evaluation.Lifecycle;

/** The step bar as the page draws it: the lifecycle's stages with the CSS class of their state. */
public record Steps(List<Step> steps) {

    public record Step(String label, String state) {
    }

    static Steps of(List<Lifecycle.Stage> stages) {
        return new Steps(stages.stream().map(s -> new Step(s.label(), switch (s.state()) {
            case DONE -> "done";
            case CURRENT -> "current";
            case RETURNED -> "current returned";
            case TODO -> "";
        })).toList());
    }
}
