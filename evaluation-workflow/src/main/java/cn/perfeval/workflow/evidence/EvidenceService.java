package cn.perfeval.workflow.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.domain.evaluation.Move;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (佐证材料) on an indicator or on the report: the unit's submitter adds and removes files while the
 * evaluation is editable; whoever may read the evaluation lists and downloads them; the public once it is published.
 */
@Service
public class EvidenceService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern INDICATOR_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

    private final EvidenceStore store;
    private final EvaluationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EvidenceService(EvidenceStore store, EvaluationAccess access, ApplicationEventPublisher events,
                           Clock clock) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EvidenceFile upload(Actor actor, long evaluationId, String indicatorCode, String originalName, byte[] bytes) {
        return upload(actor, evaluationId, indicatorCode, originalName, bytes, false);
    }

    /** A new file, 内部 unless {@code mayBePublic} (可公开: offered to the publisher's review at publication). */
    @Transactional
    public EvidenceFile upload(Actor actor, long evaluationId, String indicatorCode, String originalName, byte[] bytes,
                               boolean mayBePublic) {
        StoredEvaluation evaluation = access.visible(actor, evaluationId);
        access.require(actor, evaluation, Move.EDIT);
        if (bytes == null || bytes.length == 0) {
            throw invalid("EVIDENCE_EMPTY", "请选择要上传的文件（文件不能为空）");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UseCaseException(Refusal.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "文件过大：单个文件不能超过 20 MB",
                    List.of(ErrorDetail.at("file", "文件大小 " + bytes.length / 1024 / 1024 + " MB，超过 20 MB")));
        }
        String code = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.trim();
        if (code != null && !INDICATOR_CODE.matcher(code).matches()) {
            throw invalid("EVIDENCE_INDICATOR", "指标编码有误：" + code);
        }
        EvidenceType type = recognised(bytes);
        EvidenceFile file = new EvidenceFile(0, evaluationId, code, fileName(originalName, type), type.name(),
                type.contentType(), bytes.length, sha256(bytes), actor.username(), LocalDateTime.now(clock),
                mayBePublic, false);
        long id = store.insert(file, bytes);
        events.publishEvent(new EvaluationEvent.Changed(actor, evaluation.ref(),
                "上传佐证材料“" + file.fileName() + "”（" + file.target() + "，" + (mayBePublic ? "可公开" : "内部") + "）"));
        return store.find(evaluationId, id).orElseThrow();
    }

    private static EvidenceType recognised(byte[] bytes) {
        try {
            return EvidenceType.recognise(bytes);
        } catch (EvidenceContentCheck.Unrecognised e) {
            throw new UseCaseException(Refusal.UNPROCESSABLE, "EVIDENCE_TYPE",
                    "只接受 PDF、Word（docx）、Excel（xlsx）、JPG 和 PNG 文件，按文件内容判断：" + e.getMessage(),
                    List.of(ErrorDetail.at("file", e.getMessage())));
        }
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> list(Actor actor, long evaluationId) {
        return of(access.visible(actor, evaluationId));
    }

    /** The files of an evaluation the caller has already loaded for this reader. */
    public List<EvidenceFile> of(StoredEvaluation e) {
        return store.of(e.id()).stream().filter(file -> handedIn(e, file)).toList();
    }

    @Transactional(readOnly = true)
    public EvidenceContent download(Actor actor, long evaluationId, long fileId) {
        StoredEvaluation e = access.visible(actor, evaluationId);
        EvidenceFile file = store.find(evaluationId, fileId).filter(f -> handedIn(e, f))
                .orElseThrow(EvidenceService::notFound);
        return new EvidenceContent(file, store.bytes(fileId));
    }

    /** While the unit edits again, the bureau reads the files of the round it handed in: none added since. */
    private static boolean handedIn(StoredEvaluation e, EvidenceFile file) {
        return e.frozen() == null || e.frozen().submittedAt() == null
                || !file.uploadedAt().isAfter(e.frozen().submittedAt());
    }

    @Transactional
    public void remove(Actor actor, long evaluationId, long fileId) {
        StoredEvaluation evaluation = access.visible(actor, evaluationId);
        access.require(actor, evaluation, Move.EDIT);
        EvidenceFile file = store.find(evaluationId, fileId).orElseThrow(EvidenceService::notFound);
        store.markDeleted(fileId);
        events.publishEvent(new EvaluationEvent.Changed(actor, evaluation.ref(),
                "删除佐证材料“" + file.fileName() + "”（" + file.target() + "）"));
    }

    /** The submitter marks a file 可公开 or back to 内部, while the evaluation is editable. */
    @Transactional
    public EvidenceFile markPublic(Actor actor, long evaluationId, long fileId, boolean mayBePublic) {
        StoredEvaluation evaluation = access.visible(actor, evaluationId);
        access.require(actor, evaluation, Move.EDIT);
        EvidenceFile file = store.find(evaluationId, fileId).orElseThrow(EvidenceService::notFound);
        if (file.publicRequested() != mayBePublic) {
            store.requestPublic(fileId, mayBePublic);
            events.publishEvent(new EvaluationEvent.Changed(actor, evaluation.ref(),
                    "佐证材料“" + file.fileName() + "”标记为" + (mayBePublic ? "可公开" : "内部")));
        }
        return store.find(evaluationId, fileId).orElseThrow();
    }

    /** What the publisher reviews before publishing (保密审查): the files the unit marked 可公开. */
    public List<EvidenceFile> offeredForPublication(StoredEvaluation e) {
        return store.of(e.id()).stream().filter(EvidenceFile::publicRequested).toList();
    }

    /**
     * At publication, in its transaction: the files the publisher confirmed become public, the other files offered stay
     * internal (withdrawn by the publisher); a file not offered cannot be confirmed. Answers the audit line.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public String confirmAtPublication(Actor actor, StoredEvaluation e, java.util.Set<Long> confirmed) {
        List<EvidenceFile> offered = offeredForPublication(e);
        java.util.Set<Long> offeredIds = offered.stream().map(EvidenceFile::id)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<Long> wanted = confirmed == null ? java.util.Set.of() : confirmed;
        List<Long> notOffered = wanted.stream().filter(id -> !offeredIds.contains(id)).sorted().toList();
        if (!notOffered.isEmpty()) {
            throw invalid("EVIDENCE_NOT_OFFERED", "只能确认单位标记为“可公开”的佐证材料（编号 "
                    + notOffered.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、")) + "）");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> publicNames = new java.util.ArrayList<>();
        List<String> withheld = new java.util.ArrayList<>();
        for (EvidenceFile file : offered) {
            if (wanted.contains(file.id())) {
                store.confirmPublic(file.id(), actor.username(), now);
                publicNames.add(file.fileName());
            } else {
                withheld.add(file.fileName());
            }
        }
        return "保密审查：确认公开佐证材料" + publicNames.size() + "个" + (publicNames.isEmpty() ? "" : "（" + String.join("、", publicNames) + "）")
                + (withheld.isEmpty() ? "" : "；不予公开" + withheld.size() + "个（" + String.join("、", withheld) + "）");
    }

    /** A publication withdrawn: its evidence is internal again until the next publication confirms it. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void revokeAtUnpublication(long evaluationId) {
        store.revokePublic(evaluationId);
    }

    /** The public reaches only the files confirmed at publication; every other file answers 404. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> publicList(long evaluationId) {
        requirePublished(evaluationId);
        return store.confirmedPublic(evaluationId);
    }

    @Transactional(readOnly = true)
    public EvidenceContent publicDownload(long evaluationId, long fileId) {
        requirePublished(evaluationId);
        EvidenceFile file = store.find(evaluationId, fileId).filter(EvidenceFile::publicConfirmed)
                .orElseThrow(EvidenceService::notFound);
        return new EvidenceContent(file, store.bytes(fileId));
    }

    private void requirePublished(long evaluationId) {
        access.published(evaluationId);
    }

    /** Keeps the name people gave the file, without any path, and with the extension its content proves. */
    static String fileName(String original, EvidenceType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "佐证材料";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + type.extension();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UseCaseException invalid(String code, String message) {
        return UseCaseException.invalid(code, message, List.of(ErrorDetail.at("file", message)));
    }

    private static UseCaseException notFound() {
        return UseCaseException.notFound("EVIDENCE_NOT_FOUND", "佐证材料不存在");
    }
}
