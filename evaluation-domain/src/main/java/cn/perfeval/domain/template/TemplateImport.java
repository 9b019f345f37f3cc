package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Problem;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a template: the template, or every problem found (never both). */
public final class TemplateImport {

    private final IndicatorTemplate template;
    private final List<Problem> problems;

    private TemplateImport(IndicatorTemplate template, List<Problem> problems) {
        this.template = template;
        this.problems = List.copyOf(problems);
    }

    static TemplateImport of(IndicatorTemplate template) {
        return new TemplateImport(template, List.of());
    }

    static TemplateImport failed(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed import needs at least one problem");
        }
        return new TemplateImport(null, problems);
    }

    public boolean isValid() {
        return template != null;
    }

    public Optional<IndicatorTemplate> template() {
        return Optional.ofNullable(template);
    }

    public List<Problem> problems() {
        return problems;
    }

    public IndicatorTemplate orElseThrow() {
        if (template == null) {
            throw new IllegalStateException("指标模板有误：" + problems);
        }
        return template;
    }
}
