package cn.perfeval.domain.support;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.interchange.EvaluationImport;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from the classpath; other modules reuse them through the test-jar. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String gaoqiaoJson() {
        return text("/fixtures/gaoqiao-2020.json");
    }

    public static JsonNode gaoqiaoTree() {
        return Json.MAPPER.readTree(gaoqiaoJson());
    }

    public static Evaluation gaoqiao() {
        EvaluationImport imported = new EvaluationDocumentCodec().read(gaoqiaoJson(), InMemoryTemplateRegistry.withBuiltIns());
        return imported.orElseThrow();
    }
}
