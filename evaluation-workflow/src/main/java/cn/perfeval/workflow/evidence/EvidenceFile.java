package cn.perfeval.workflow.evidence;

import java.time.LocalDateTime;

/** One evidence file as listed: never its bytes. */
public record EvidenceFile(long id, long evaluationId, String indicatorCode, String fileName, String fileType,
                           String contentType, long sizeBytes, String sha256, String uploadedBy,
                           LocalDateTime uploadedAt, boolean publicRequested, boolean publicConfirmed) {

    /** "1.2 MB" or "35 KB", as people read sizes. */
    public String sizeLabel() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
        }
        return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }

    /** 内部, 可公开 (the submitter's wish) or 已公开 (confirmed by the publisher at publication). */
    public String visibilityLabel() {
        return publicConfirmed ? "已确认公开" : publicRequested ? "可公开（待发布审查）" : "内部";
    }

    public String target() {
        return indicatorCode == null ? "自评报告" : "指标 " + indicatorCode;
    }
}
