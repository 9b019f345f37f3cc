package cn.perfeval.domain.template;

import java.util.Optional;

/** Where templates are found by code; the workflow module may back it with the database. */
public interface TemplateRegistry {

    Optional<IndicatorTemplate> find(String code);
}
