package cn.perfeval.workflow.template;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.domain.template.TemplateImport;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator templates as the administrator sees them: listed, viewed as a tree, imported from JSON after validation. */
@Service
public class TemplateLibrary {

    private final TemplateMapper templates;
    private final AuditTrail audit;
    private final Clock clock;
    private final TemplateCodec codec = new TemplateCodec();

    public TemplateLibrary(TemplateMapper templates, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** A template as the administrator's list shows it. */
    public record TemplateSummary(String code, String name, int year, String createdBy, LocalDateTime createdAt) {
    }

    public List<TemplateSummary> all(Actor actor) {
        requireAdmin(actor);
        return templates.listed().stream().map(t -> new TemplateSummary(t.getCode(), t.getName(), t.getTemplateYear(),
                t.getCreatedBy(), t.getCreatedAt())).toList();
    }

    public IndicatorTemplate view(Actor actor, String code) {
        requireAdmin(actor);
        TemplateRecord record = templates.findByCode(code)
                .orElseThrow(() -> UseCaseException.notFound("TEMPLATE_NOT_FOUND", "指标模板不存在"));
        return codec.read(record.getContent()).orElseThrow();
    }

    @Transactional
    public IndicatorTemplate importJson(Actor actor, String json) {
        requireAdmin(actor);
        if (json == null || json.isBlank()) {
            throw UseCaseException.invalid("TEMPLATE_EMPTY", "请选择模板 JSON 文件或粘贴模板内容",
                    List.of(ErrorDetail.at("content", "内容为空")));
        }
        TemplateImport result = codec.read(json);
        if (!result.isValid()) {
            throw UseCaseException.invalid("TEMPLATE_INVALID", "模板有误，未导入：共 " + result.problems().size() + " 处问题",
                    result.problems().stream().map(p -> ErrorDetail.at(p.path(), p.message())).toList());
        }
        IndicatorTemplate template = result.orElseThrow();
        if (templates.exists(template.code())) {
            throw UseCaseException.conflict("TEMPLATE_EXISTS",
                    "编码为“" + template.code() + "”的模板已存在；模板一经使用不可覆盖，请换一个编码（如加上年份或版本）");
        }
        TemplateRecord record = new TemplateRecord();
        record.setCode(template.code());
        record.setName(template.name());
        record.setTemplateYear(template.year());
        record.setContent(json);
        record.setCreatedBy(actor.username());
        record.setCreatedAt(LocalDateTime.now(clock));
        templates.insert(record);
        audit.record(actor, AuditAction.IMPORT, null, null, "导入指标模板 " + template.code() + "（" + template.name() + "）");
        return template;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw UseCaseException.forbidden("ADMIN_ONLY", "只有系统管理员可以管理指标模板");
        }
    }
}
