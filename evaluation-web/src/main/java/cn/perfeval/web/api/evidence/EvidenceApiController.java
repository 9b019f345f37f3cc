package cn.perfeval.web.api.evidence;

import java.io.IOException;
import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Downloads;
import cn.perfeval.workflow.evidence.EvidenceContent;
import cn.perfeval.workflow.evidence.EvidenceFile;
import cn.perfeval.workflow.evidence.EvidenceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "佐证材料", description = "评价的佐证材料：上传（pdf/docx/xlsx/jpg/png，按内容识别，≤20 MB）、列表、下载、删除")
class EvidenceApiController {

    private final EvidenceService evidence;

    EvidenceApiController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Operation(summary = "列出评价的佐证材料")
    @GetMapping("/api/evaluations/{id}/evidence")
    List<EvidenceFile> list(HttpServletRequest request, @PathVariable long id) {
        return evidence.list(CurrentActor.of(request), id);
    }

    @Operation(summary = "上传佐证材料", description = "indicatorCode 为空时挂在自评报告上；仅本单位填报人在草稿或已退回时可上传")
    @PostMapping(value = "/api/evaluations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceFile upload(HttpServletRequest request, @PathVariable long id, @RequestParam("file") MultipartFile file,
                        @RequestParam(required = false) String indicatorCode,
                        @RequestParam(name = "public", defaultValue = "false") boolean mayBePublic) throws IOException {
        return evidence.upload(CurrentActor.of(request), id, indicatorCode, file.getOriginalFilename(), file.getBytes(),
                mayBePublic);
    }

    @Operation(summary = "标记佐证材料可公开或内部", description = "默认内部；可公开的文件在发布时由发布人逐一确认（保密审查）后才对公众可见")
    @PostMapping(value = "/api/evaluations/{id}/evidence/{fileId}/visibility", consumes = MediaType.APPLICATION_JSON_VALUE)
    EvidenceFile visibility(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId,
                            @RequestBody java.util.Map<String, Object> body) {
        Object wanted = body == null ? null : body.get("public");
        if (!(wanted instanceof Boolean mayBePublic)) {
            throw cn.perfeval.workflow.common.UseCaseException.invalid("EVIDENCE_VISIBILITY", "请说明是否可公开",
                    List.of(cn.perfeval.workflow.common.ErrorDetail.at("public", "应为 true 或 false")));
        }
        return evidence.markPublic(CurrentActor.of(request), id, fileId, mayBePublic);
    }

    @Operation(summary = "下载佐证材料")
    @GetMapping("/api/evaluations/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId) {
        EvidenceContent content = evidence.download(CurrentActor.of(request), id, fileId);
        return Downloads.attachment(content.bytes(), content.file().contentType(), content.file().fileName());
    }

    @Operation(summary = "删除佐证材料")
    @DeleteMapping("/api/evaluations/{id}/evidence/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(HttpServletRequest request, @PathVariable long id, @PathVariable long fileId) {
        evidence.remove(CurrentActor.of(request), id, fileId);
    }
}
