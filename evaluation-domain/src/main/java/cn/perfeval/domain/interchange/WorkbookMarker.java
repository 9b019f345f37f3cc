package cn.perfeval.domain.interchange;

/**
 * How our workbook knows itself: a very hidden sheet holding the platform's mark, the template code, the evaluation's
 * id, year and unit. The renderer writes it; the reader refuses a workbook without it or made for another evaluation.
 */
public record WorkbookMarker(String templateCode, long evaluationId, int year, String unitName) {

    public static final String SHEET = "_evaluation";
    public static final String MARK = "perfeval-workbook";

    /** Sheet protection without a password keeps labels from being typed over by mistake; anyone may lift it. */
    public static final String NO_PASSWORD = "";

    /** Column heads of 附件2 the reader finds its columns by; the code column is hidden. */
    public static final String SELF_SCORE = "自评得分";
    public static final String REASON = "差异说明";
    public static final String CODE = "指标编码";
}
