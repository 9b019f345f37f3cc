package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every template is in the list parsed when the renderers are made, so no request pays for parsing one. */
class TemplatesAreParsedOnceTest {

    @Test
    void everyTemplateIsPreloaded() throws IOException {
        Path root = Path.of("src", "main", "resources", "report-templates");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith(".ftl")).map(p -> root.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(ReportTemplates.TEMPLATES);
        }
    }
}
