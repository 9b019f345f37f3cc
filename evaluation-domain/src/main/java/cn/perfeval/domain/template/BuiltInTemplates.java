package cn.perfeval.domain.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The templates the platform ships, read from the classpath. */
public final class BuiltInTemplates {

    public static final String YUHUA_2020 = "yuhua-2020";

    private static volatile IndicatorTemplate yuhua2020;

    private BuiltInTemplates() {
    }

    /** The default template: 雨花区 2020, the seed's Attachment 2 with a rule on every leaf. */
    public static IndicatorTemplate yuhua2020() {
        if (yuhua2020 == null) {
            yuhua2020 = load("/templates/" + YUHUA_2020 + ".json");
        }
        return yuhua2020;
    }

    public static IndicatorTemplate load(String classpathResource) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + classpathResource);
            }
            return new TemplateCodec().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
