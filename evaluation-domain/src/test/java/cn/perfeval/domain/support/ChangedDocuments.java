package cn.perfeval.domain.support;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.interchange.EvaluationImport;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.domain.template.TemplateImport;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** The seed's document or the yuhua-2020 template with one change, read back: a compact way to state a bad input. */
public final class ChangedDocuments {

    private ChangedDocuments() {
    }

    public static EvaluationImport seedWith(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) Fixtures.gaoqiaoTree();
        change.accept(root);
        return new EvaluationDocumentCodec().read(Json.write(root), InMemoryTemplateRegistry.withBuiltIns());
    }

    public static TemplateImport yuhuaWith(Consumer<ObjectNode> change) {
        TemplateCodec codec = new TemplateCodec();
        ObjectNode root = codec.toJson(BuiltInTemplates.yuhua2020());
        change.accept(root);
        return codec.read(Json.write(root));
    }

    /** The object at the keys below root, e.g. {@code object(root, "basicData", "staffing")}. */
    public static ObjectNode object(ObjectNode root, String... keys) {
        ObjectNode n = root;
        for (String k : keys) {
            n = (ObjectNode) n.get(k);
        }
        return n;
    }

    /** The indicator at the positions below the template's root, e.g. {@code indicator(root, 1, 1, 4)} for 2.2.5. */
    public static ObjectNode indicator(ObjectNode root, int... path) {
        ObjectNode n = (ObjectNode) root.get("indicators").get(path[0]);
        for (int i = 1; i < path.length; i++) {
            n = (ObjectNode) n.get("children").get(path[i]);
        }
        return n;
    }
}
