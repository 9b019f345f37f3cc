package cn.perfeval.workflow.common;

/** Text typed into a search box, made a LIKE pattern's literal part. */
public final class Likes {

    private Likes() {
    }

    /** A typed % or _ is a character to find, not a wildcard. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
