package cn.perfeval.workflow.template;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.domain.template.TemplateRegistry;
import org.springframework.stereotype.Component;

/** The domain's template lookup, backed by indicator_template; a stored template never changes, so each is read once. */
@Component
public class StoredTemplateRegistry implements TemplateRegistry {

    private final TemplateMapper templates;
    private final Map<String, IndicatorTemplate> cache = new ConcurrentHashMap<>();

    public StoredTemplateRegistry(TemplateMapper templates) {
        this.templates = templates;
    }

    @Override
    public Optional<IndicatorTemplate> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        IndicatorTemplate cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TemplateRecord> record = templates.findByCode(code);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndicatorTemplate> template = new TemplateCodec().read(record.get().getContent()).template();
        template.ifPresent(t -> cache.put(code, t));
        return template;
    }

    public IndicatorTemplate require(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("指标模板不存在或有误：" + code));
    }
}
