package cn.perfeval.domain.template;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Templates held in memory, keyed by code. */
public final class InMemoryTemplateRegistry implements TemplateRegistry {

    private final Map<String, IndicatorTemplate> templates = new ConcurrentHashMap<>();

    public InMemoryTemplateRegistry(IndicatorTemplate... initial) {
        for (IndicatorTemplate t : initial) {
            register(t);
        }
    }

    /** A registry holding the built-in templates. */
    public static InMemoryTemplateRegistry withBuiltIns() {
        return new InMemoryTemplateRegistry(BuiltInTemplates.yuhua2020());
    }

    public InMemoryTemplateRegistry register(IndicatorTemplate template) {
        templates.put(template.code(), template);
        return this;
    }

    @Override
    public Optional<IndicatorTemplate> find(String code) {
        return Optional.ofNullable(code).map(templates::get);
    }
}
