package cn.perfeval.workflow.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The templates the platform ships (classpath:templates/*.json) are stored on every start where missing. */
@Component
@Order(5)
public class BuiltInTemplateInstaller implements ApplicationRunner {

    private final TemplateMapper templates;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public BuiltInTemplateInstaller(TemplateMapper templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*.json")) {
            String content = read(resource);
            JsonNode tree = json.readTree(content);
            String code = tree.path("code").asString();
            if (!templates.exists(code)) {
                TemplateRecord record = new TemplateRecord();
                record.setCode(code);
                record.setName(tree.path("name").asString());
                record.setTemplateYear(tree.path("year").asInt());
                record.setContent(content);
                record.setCreatedBy("system");
                record.setCreatedAt(LocalDateTime.now(clock));
                templates.insert(record);
            }
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
