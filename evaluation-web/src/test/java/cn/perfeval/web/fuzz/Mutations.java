package cn.perfeval.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Hostile variations of a valid JSON body: one value replaced by something a client could send, or the text broken. */
final class Mutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG = "长".repeat(100_000);
    private static final String[] STRINGS = {"", " ", "a", "高桥", "😀𠀀", "\u0000", "x\u0000y", "<script>alert(1)</script>",
            "1e100000", "-1", "null", "%", "../../etc/passwd", "\ud800", "——", "2020-13-45T99:99:99", "true",
            "长".repeat(201), "长".repeat(2_001), "长".repeat(20_001), "0.1234567", "yuhua-2020", "DRAFT"};

    private Mutations() {
    }

    static String string(Random random) {
        return random.nextInt(40) == 0 ? LONG : STRINGS[random.nextInt(STRINGS.length)];
    }

    static JsonNode value(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(string(random));
            case 2 -> JSON.readTree("1e100000");
            case 3 -> JSON.readTree("-1");
            case 4 -> NODES.numberNode(Long.MAX_VALUE);
            case 5 -> JSON.readTree("0.000000000000000000000000000000000000000000001");
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.arrayNode().add(NODES.nullNode()).add(3);
            case 8 -> NODES.objectNode().put("x", 1);
            case 9 -> NODES.textNode(LONG);
            case 10 -> NODES.numberNode(2101);
            case 11 -> NODES.numberNode(1999);
            case 12 -> JSON.readTree("12345678901234567890123.5");
            case 13 -> NODES.numberNode(2.5);
            default -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
        };
    }

    /** The template with one to three values replaced, or the text broken outright. */
    static String json(Random random, String template) {
        switch (random.nextInt(14)) {
            case 0:
                return template.substring(0, random.nextInt(Math.max(1, template.length())));
            case 1:
                return "[".repeat(5_000) + "]".repeat(5_000);
            case 2:
                return "";
            case 3:
                return value(random).toString();
            case 4:
                return "{\"unitIds\":[null,3],\"name\":\"" + LONG + "\",\"year\":\"abc\"}";
            default:
                break;
        }
        JsonNode root = JSON.readTree(template);
        for (int i = random.nextInt(3); i >= 0; i--) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.propertyNames());
                object.set(names.get(random.nextInt(names.size())), value(random));
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), value(random));
            }
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            for (JsonNode child : node) {
                collect(child, into);
            }
        }
    }
}
