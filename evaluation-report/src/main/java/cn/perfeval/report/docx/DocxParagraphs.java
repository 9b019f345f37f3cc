package cn.perfeval.report.docx;

import cn.perfeval.domain.report.DocumentParagraphs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.report.OutlineMatcher.Paragraph;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/**
 * Reads the paragraphs of a Word document (.docx) in order, each with its heading level or style name, for the
 * domain's {@code OutlineMatcher}. Tables are skipped (附件1 and 附件2, and the report's figure tables, are not report
 * text), and so are figure captions of our own report. Stateless and thread-safe.
 */
public final class DocxParagraphs {

    /** Styles our own report.docx gives to what is not report text. */
    private static final List<String> NOT_TEXT = List.of("FigureTitle", "FigureText", "AttachmentNo", "CoverTitle", "CoverUnit");

    public DocumentParagraphs read(byte[] bytes) {
        if (bytes == null || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return refused();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (!(element instanceof XWPFParagraph p)) {
                    continue;
                }
                String styleId = p.getStyleID();
                if (styleId != null && NOT_TEXT.contains(styleId)) {
                    continue;
                }
                String text = p.getText();
                if (text == null || text.isBlank()) {
                    continue;
                }
                String styleName = styleName(doc, styleId);
                out.add(new Paragraph(text.strip(), level(styleId, styleName, p), styleName));
            }
            return new DocumentParagraphs(out, List.of());
        } catch (IOException | RuntimeException notWord) {
            return refused();
        }
    }

    private static DocumentParagraphs refused() {
        return new DocumentParagraphs(List.of(), List.of(new Problem("$", "文件不是Word文档（.docx），或已损坏；请另存为.docx后再导入")));
    }

    private static String styleName(XWPFDocument doc, String styleId) {
        if (styleId == null || doc.getStyles() == null) {
            return null;
        }
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        return style == null || style.getName() == null ? styleId : style.getName();
    }

    /** 1 for a top heading (Heading1, "heading 1", "标题 1", outline level 0), 2 for the next, else null. */
    private static Integer level(String styleId, String styleName, XWPFParagraph p) {
        for (String s : new String[] {styleId, styleName}) {
            if (s == null) {
                continue;
            }
            String n = s.replace(" ", "").toLowerCase();
            if (n.matches("(heading|标题)[1-9]")) {
                return Integer.parseInt(n.substring(n.length() - 1));
            }
        }
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal() != null) {
            return ppr.getOutlineLvl().getVal().intValue() + 1;
        }
        return null;
    }
}
