package cn.perfeval.workflow.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.interchange.EvaluationImport;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.common.BoundedMemo;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.template.StoredTemplateRegistry;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interchange document and the stored parts: each attachment is its subtree of the document, read and written
 * through the domain's codec so that only valid documents are stored.
 */
@Component
public class EvaluationDocuments {

    /** Stored evaluations whose reading this node keeps: the clients working at once, a few MB at most. */
    static final int READS_KEPT = 64;

    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();
    private final StoredTemplateRegistry templates;
    // Each request that acts on an evaluation reads its stored parts; the same texts (a lifecycle's submit, approvals
    // and publication) are parsed and validated once. Keyed by everything the reading depends on, compared by value.
    private final BoundedMemo<Read, Evaluation> reads = new BoundedMemo<>(READS_KEPT);

    private record Read(Map<Part, String> stored, String unitName, String unitShortName, String unitType, int year,
                        String templateCode, IndicatorTemplate template) {

        // the template as the registry's instance (a changed template is a new one): hashing its whole tree by value
        // on every request cost more than the texts themselves
        @Override
        public boolean equals(Object o) {
            return o instanceof Read r && r.template == template && r.year == year && r.stored.equals(stored)
                    && java.util.Objects.equals(r.unitName, unitName) && java.util.Objects.equals(r.unitShortName, unitShortName)
                    && java.util.Objects.equals(r.unitType, unitType) && java.util.Objects.equals(r.templateCode, templateCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(stored, unitName, unitShortName, unitType, year, templateCode,
                    System.identityHashCode(template));
        }
    }

    public EvaluationDocuments(StoredTemplateRegistry templates) {
        this.templates = templates;
    }

    public StoredTemplateRegistry templates() {
        return templates;
    }

    /** Reads an uploaded document; every problem is reported with its path, and nothing is returned when there is one. */
    public Evaluation parse(String json) {
        return valid(codec.read(json, templates));
    }

    /** The stored parts as one interchange document (the export, and what a save edits). */
    ObjectNode document(EvaluationRecord record, OrgUnitRecord unit, Map<Part, String> stored) {
        ObjectNode doc = Json.object();
        header(doc, unit, record.getEvaluationYear(), record.getTemplateCode());
        for (Part part : Part.values()) {
            String content = stored.get(part);
            doc.set(part.key(), content == null ? Json.object() : Json.MAPPER.readTree(content));
        }
        return doc;
    }

    /** The stored parts as the domain's evaluation; a stored document that no longer reads is a defect, not input. */
    Evaluation read(EvaluationRecord record, OrgUnitRecord unit, Map<Part, String> stored) {
        Read key = new Read(Map.copyOf(stored), unit.getName(), unit.getShortName(), unit.getUnitType(),
                record.getEvaluationYear(), record.getTemplateCode(), templates.find(record.getTemplateCode()).orElse(null));
        return reads.get(key, () -> readAnew(record, unit, stored));
    }

    private Evaluation readAnew(EvaluationRecord record, OrgUnitRecord unit, Map<Part, String> stored) {
        EvaluationImport result = codec.read(document(record, unit, stored), templates);
        if (!result.isValid()) {
            throw new IllegalStateException("stored evaluation " + record.getId() + " no longer reads: " + result.problems());
        }
        return withUnit(result.orElseThrow(), unit);
    }

    /** The document with one attachment replaced by what the caller sent; problems → 400 with their paths. */
    Evaluation withPart(EvaluationRecord record, OrgUnitRecord unit, Map<Part, String> stored, Part part, String json) {
        JsonNode subtree;
        try {
            subtree = json == null || json.isBlank() ? null : Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw invalid(List.of(new Problem("$", "不是有效的JSON：" + e.getOriginalMessage())));
        }
        if (subtree == null || !subtree.isObject()) {
            throw invalid(List.of(new Problem("$", "应为一个JSON对象（" + part.label() + "）")));
        }
        ObjectNode doc = document(record, unit, stored);
        doc.set(part.key(), subtree);
        return withUnit(valid(codec.read(doc, templates)), unit);
    }

    /** Each attachment of an evaluation as the JSON text it is stored as. */
    Map<Part, String> parts(Evaluation evaluation) {
        ObjectNode doc = codec.toJson(evaluation);
        Map<Part, String> result = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            JsonNode subtree = doc.get(part.key());
            result.put(part, Json.write(subtree == null ? Json.object() : subtree));
        }
        return result;
    }

    public String write(Evaluation evaluation) {
        return codec.write(evaluation);
    }

    /** The platform's unit is the one that counts, whatever name the document was written with. */
    public static Evaluation withUnit(Evaluation e, OrgUnitRecord unit) {
        UnitRef ref = new UnitRef(unit.getName(), unit.getShortName(), unit.getUnitType());
        return new Evaluation(ref, e.year(), e.templateCode(), e.basicData(), e.scoreSheet(), e.report(), e.source(),
                e.amountUnit() == null ? "万元" : e.amountUnit());
    }

    private static void header(ObjectNode doc, OrgUnitRecord unit, int year, String templateCode) {
        doc.put("formatVersion", EvaluationDocumentCodec.FORMAT_VERSION);
        doc.put("year", year);
        ObjectNode unitNode = doc.putObject("unit");
        unitNode.put("name", unit.getName());
        unitNode.put("shortName", unit.getShortName());
        unitNode.put("type", unit.getUnitType());
        doc.put("templateCode", templateCode);
        doc.put("amountUnit", "万元");
    }

    private static Evaluation valid(EvaluationImport result) {
        if (!result.isValid()) {
            throw invalid(result.problems());
        }
        return result.orElseThrow();
    }

    static UseCaseException invalid(List<Problem> problems) {
        return UseCaseException.invalid("INVALID_DOCUMENT", "自评文档有误，共" + problems.size() + "处问题，未保存任何内容",
                problems.stream().map(p -> ErrorDetail.at(p.path(), p.message())).toList());
    }
}
