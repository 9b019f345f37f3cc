package cn.perfeval.workflow.evidence;

/** A file to send back: its listing and its bytes. */
public record EvidenceContent(EvidenceFile file, byte[] bytes) {
}
