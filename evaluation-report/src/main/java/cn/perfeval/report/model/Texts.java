package cn.perfeval.report.model;

/**
 * Text hygiene shared by every output: removes what XML 1.0 cannot hold (C0 controls other than tab, LF and CR,
 * unpaired surrogates, U+FFFE/U+FFFF) and keeps everything else, emoji included. Escaping is left to each output.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code null} becomes the empty string; CRLF and CR become LF. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                keep = false;
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else if (c == '\r') {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                if (!(i + 1 < n && s.charAt(i + 1) == '\n')) {
                    out.append('\n');
                }
                continue;
            } else {
                keep = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F));
            }
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
            } else if (out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Cleans and splits into non-blank lines (paragraphs), each trimmed of ASCII and full-width spaces. */
    public static java.util.List<String> paragraphs(String s) {
        String c = clean(s);
        java.util.List<String> result = new java.util.ArrayList<>();
        for (String line : c.split("\n", -1)) {
            String t = strip(line);
            if (!t.isEmpty()) {
                result.add(t);
            }
        }
        return result;
    }

    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }
}
