package cn.perfeval.report.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read glyph by glyph, in the order it was drawn (openhtmltopdf draws box after box, so a table cell's lines
 * stay together), without whitespace: what each page says, and in which font and where each character sits.
 */
public final class PdfGlyphs {

    /** One drawn character: its text, the font's PostScript name without the subset tag, its x range and page. */
    public record Glyph(String text, String font, float x, float width, int page) {
    }

    /** A page: its size and its characters in drawing order. */
    public record Page(float width, float height, List<Glyph> glyphs) {
        public String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.text()));
            return b.toString();
        }

        public boolean landscape() {
            return width > height;
        }

        /** The glyphs of the first occurrence of {@code s} (whitespace removed), or an empty list. */
        public List<Glyph> find(String s) {
            String flat = s.replaceAll("\\s+", "");
            String text = text();
            int at = text.indexOf(flat);
            if (at < 0 || flat.isEmpty()) {
                return List.of();
            }
            // one glyph may carry more than one char (a surrogate pair): walk chars to glyphs
            List<Glyph> out = new ArrayList<>();
            int pos = 0;
            for (Glyph g : glyphs) {
                int end = pos + g.text().length();
                if (end > at && pos < at + flat.length()) {
                    out.add(g);
                }
                pos = end;
            }
            return out;
        }
    }

    private PdfGlyphs() {
    }

    public static List<Page> read(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDPage p = d.getPage(i - 1);
                List<Glyph> glyphs = new ArrayList<>();
                int pageNo = i;
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        String u = t.getUnicode();
                        if (u != null && !u.isBlank()) {
                            String font = t.getFont().getName();
                            glyphs.add(new Glyph(u.strip(), font.substring(font.indexOf('+') + 1), t.getXDirAdj(), t.getWidthDirAdj(), pageNo));
                        }
                    }
                };
                s.setSortByPosition(false);
                s.setStartPage(i);
                s.setEndPage(i);
                s.getText(d);
                pages.add(new Page(p.getMediaBox().getWidth(), p.getMediaBox().getHeight(), glyphs));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts that draw the first occurrence of {@code s} in the document; empty if it is nowhere. */
    public static Set<String> fontsOf(List<Page> pages, String s) {
        for (Page p : pages) {
            List<Glyph> g = p.find(s);
            if (!g.isEmpty()) {
                Set<String> fonts = new TreeSet<>();
                g.forEach(x -> fonts.add(x.font()));
                return fonts;
            }
        }
        return Set.of();
    }

    /** Index of the first page whose text contains {@code s} (whitespace removed), or -1. */
    public static int pageOf(List<Page> pages, String s) {
        String flat = s.replaceAll("\\s+", "");
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).text().contains(flat)) {
                return i;
            }
        }
        return -1;
    }
}
