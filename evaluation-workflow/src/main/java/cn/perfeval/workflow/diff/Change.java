package cn.perfeval.workflow.diff;

/** One field that differs between two rounds: where (a JSON path), its Chinese label, and both values as shown. */
public record Change(String path, String label, String before, String after, String text) {
}
