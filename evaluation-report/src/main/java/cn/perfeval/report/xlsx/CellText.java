package cn.perfeval.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Excel holds at most 32,767 characters in a cell. Free texts people type (厉行节约保障措施, 评审意见) are split over
 * continuation rows, whole; any other text that long is cut with a visible note pointing to the Word and PDF files.
 */
final class CellText {

    /** Excel's limit (SpreadsheetVersion.EXCEL2007.getMaxTextLength()). */
    static final int MAX = 32_767;
    /** Continuation rows take this much, leaving room for Excel's own escaping of the text. */
    static final int PART = 32_000;
    static final String CUT_NOTE = "……（内容过长，全文见Word/PDF版）";

    private CellText() {
    }

    /** The text as one cell can hold it: itself, or its start and {@link #CUT_NOTE}. */
    static String fit(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        return text.substring(0, safeEnd(text, MAX - CUT_NOTE.length())) + CUT_NOTE;
    }

    /** The text in parts of at most {@link #PART} characters, each ending at a line or sentence end where one is near. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.length() <= MAX) {
            out.add(text == null ? "" : text);
            return out;
        }
        int from = 0;
        while (text.length() - from > PART) {
            int end = breakBefore(text, from, from + PART);
            out.add(text.substring(from, end));
            from = end;
        }
        out.add(text.substring(from));
        return out;
    }

    /** The last line or sentence end in the final 2,000 characters before {@code limit}, else {@code limit}. */
    private static int breakBefore(String text, int from, int limit) {
        for (int i = limit; i > Math.max(from + 1, limit - 2_000); i--) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '。' || c == '；' || c == '！' || c == '？') {
                return i;
            }
        }
        return safeEnd(text, limit);
    }

    /** {@code end}, moved back one where it would split a surrogate pair (an emoji). */
    private static int safeEnd(String text, int end) {
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
