package cn.perfeval.domain.common;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/** The one JSON configuration of the domain: numbers kept as the decimals written, duplicate keys refused. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    public static Optional<JsonNode> parse(String text, JsonReading reading) {
        if (text == null || text.isBlank()) {
            reading.problem("$", "文档为空");
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                reading.problem("$", "文档应为一个JSON对象");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JacksonException e) {
            reading.problem("$", "不是有效的JSON：" + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
