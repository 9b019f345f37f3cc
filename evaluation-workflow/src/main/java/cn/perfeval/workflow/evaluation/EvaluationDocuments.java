package cn.perfeval.workflow.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.interchange.EvaluationImport;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.persistence.EvaluationPartMapper;
import cn.perfeval.workflow.persistence.EvaluationPartRecord;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import cn.perfeval.workflow.template.StoredTemplateRegistry;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The working copy: the three attachments in evaluation_part, each its subtree of the interchange document, read and
 * written through the domain's codec so that only valid documents are stored.
 */
@Component
public class EvaluationDocuments {

    private static final String EMPTY_DOCUMENT_PARTS =
            "{\"basicData\":{\"staffing\":{}},\"scoreSheet\":{\"selfScores\":{}},\"report\":{\"sections\":[]}}";

    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();
    private final EvaluationPartMapper parts;
    private final StoredTemplateRegistry templates;
    private final Clock clock;

    public EvaluationDocuments(EvaluationPartMapper parts, StoredTemplateRegistry templates, Clock clock) {
        this.parts = parts;
        this.templates = templates;
        this.clock = clock;
    }

    public StoredTemplateRegistry templates() {
        return templates;
    }

    /** Reads an uploaded document; every problem is reported with its path, and nothing is returned when there is one. */
    public Evaluation parse(String json) {
        EvaluationImport result = codec.read(json, templates);
        if (!result.isValid()) {
            throw invalid(result.problems());
        }
        return result.orElseThrow();
    }

    /** An empty evaluation of a unit and year, as a new draft starts. */
    public Evaluation empty(OrgUnitRecord unit, int year, String templateCode) {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(EMPTY_DOCUMENT_PARTS);
        header(doc, unit, year, templateCode);
        return codec.read(Json.write(doc), templates).orElseThrow();
    }

    /** The stored working copy as the domain's evaluation. */
    public Evaluation load(EvaluationRecord record, OrgUnitRecord unit) {
        ObjectNode doc = document(record, unit);
        EvaluationImport result = codec.read(Json.write(doc), templates);
        if (!result.isValid()) {
            throw new IllegalStateException("stored evaluation " + record.getId() + " no longer reads: " + result.problems());
        }
        return withUnit(result.orElseThrow(), unit);
    }

    /** The stored working copy as one interchange document (the export). */
    public ObjectNode document(EvaluationRecord record, OrgUnitRecord unit) {
        ObjectNode doc = Json.object();
        header(doc, unit, record.getEvaluationYear(), record.getTemplateCode());
        Map<Part, String> stored = stored(record.getId());
        for (Part part : Part.values()) {
            String content = stored.get(part);
            doc.set(part.key(), content == null ? Json.object() : Json.MAPPER.readTree(content));
        }
        return doc;
    }

    /** Replaces one attachment with what the caller sent, after reading the whole document with it; problems → 400. */
    public Evaluation replacePart(EvaluationRecord record, OrgUnitRecord unit, Part part, String json) {
        JsonNode subtree;
        try {
            subtree = json == null || json.isBlank() ? null : Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw invalid(List.of(new Problem("$", "不是有效的JSON：" + e.getOriginalMessage())));
        }
        if (subtree == null || !subtree.isObject()) {
            throw invalid(List.of(new Problem("$", "应为一个JSON对象（" + part.label() + "）")));
        }
        ObjectNode doc = document(record, unit);
        doc.set(part.key(), subtree);
        EvaluationImport result = codec.read(Json.write(doc), templates);
        if (!result.isValid()) {
            throw invalid(result.problems());
        }
        return withUnit(result.orElseThrow(), unit);
    }

    /** Writes all three attachments of an evaluation as its working copy. */
    public void store(long evaluationId, Evaluation evaluation, String username) {
        ObjectNode doc = codec.toJson(evaluation);
        Map<Part, String> existing = stored(evaluationId);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Part part : Part.values()) {
            JsonNode subtree = doc.get(part.key());
            String content = Json.write(subtree == null ? Json.object() : subtree);
            if (existing.containsKey(part)) {
                if (!existing.get(part).equals(content)) {
                    parts.update(null, new UpdateWrapper<EvaluationPartRecord>().eq("evaluation_id", evaluationId)
                            .eq("part", part.name()).set("content", content).set("updated_by", username)
                            .set("updated_at", now));
                }
            } else {
                EvaluationPartRecord row = new EvaluationPartRecord();
                row.setEvaluationId(evaluationId);
                row.setPart(part.name());
                row.setContent(content);
                row.setUpdatedBy(username);
                row.setUpdatedAt(now);
                parts.insert(row);
            }
        }
    }

    public String write(Evaluation evaluation) {
        return codec.write(evaluation);
    }

    public ObjectNode toJson(Evaluation evaluation) {
        return codec.toJson(evaluation);
    }

    /** The platform's unit is the one that counts, whatever name the document was written with. */
    public static Evaluation withUnit(Evaluation e, OrgUnitRecord unit) {
        UnitRef ref = new UnitRef(unit.getName(), unit.getShortName(), unit.getUnitType());
        return new Evaluation(ref, e.year(), e.templateCode(), e.basicData(), e.scoreSheet(), e.report(), e.source(),
                e.amountUnit() == null ? "万元" : e.amountUnit());
    }

    private Map<Part, String> stored(long evaluationId) {
        Map<Part, String> result = new EnumMap<>(Part.class);
        parts.selectList(new QueryWrapper<EvaluationPartRecord>().eq("evaluation_id", evaluationId))
                .forEach(row -> result.put(Part.valueOf(row.getPart()), row.getContent()));
        return result;
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

    static UseCaseException invalid(List<Problem> problems) {
        return UseCaseException.invalid("INVALID_DOCUMENT", "自评文档有误，共" + problems.size() + "处问题，未保存任何内容",
                problems.stream().map(p -> ErrorDetail.at(p.path(), p.message())).toList());
    }
}
