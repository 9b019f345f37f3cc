package cn.perfeval.report.pdf;

import cn.perfeval.report.html.PrintFonts;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The parsed fonts of the PDF, one per face, shared by every render: a CJK font is parsed once (tens of ms, not per
 * PDF), and each PDF embeds the subset it uses. FontBox's TrueTypeFont is safe to share once its tables are read
 * (glyph and table reads are synchronized); {@link #readAllTables} reads them here, before any render sees the font.
 */
final class PdfFonts {

    /** The CSS families the print HTML names; each maps to one parsed font. */
    enum Face {
        TITLE("PeTitle"), BODY("PeBody"), HEADING1("PeHei"), HEADING2("PeKai"), PAGE_NUMBER("PeSong"),
        CJK_FALLBACK("PeCJK"), SYMBOL_FALLBACK("PeSymbols");

        final String family;

        Face(String family) {
            this.family = family;
        }
    }

    static final String SERIF = "/fonts/gbsn00lp.ttf";
    static final String KAI = "/fonts/gkai00mp.ttf";
    static final String HEI = "/fonts/wqy-microhei.ttc";
    static final String HEI_FACE = "WenQuanYiMicroHei";
    static final String CJK = "/fonts/DroidSansFallbackFull.ttf";
    static final String SYMBOLS = "/fonts/DejaVuSans.ttf";

    private final Map<Face, Supplier<TrueTypeFont>> faces;

    private PdfFonts(Map<Face, Supplier<TrueTypeFont>> faces) {
        this.faces = faces;
    }

    /**
     * The shipped fonts, with each role the config names replaced by its file (read and checked now, so a bad file
     * stops the start with its name); the shipped ones are parsed on first use — the start-up's warm-up render, off the
     * main thread — instead of holding up the start.
     */
    static PdfFonts of(PdfFontConfig config) {
        Map<Face, Supplier<TrueTypeFont>> m = new EnumMap<>(Face.class);
        m.put(Face.TITLE, config.title() == null ? () -> Serif.FONT : now(fromFile(config.title(), PdfFontConfig.TITLE)));
        m.put(Face.BODY, config.body() == null ? () -> Serif.FONT : now(fromFile(config.body(), PdfFontConfig.BODY)));
        m.put(Face.HEADING1, config.heading1() == null ? () -> Hei.FONT : now(fromFile(config.heading1(), PdfFontConfig.HEADING1)));
        m.put(Face.HEADING2, config.heading2() == null ? () -> Kai.FONT : now(fromFile(config.heading2(), PdfFontConfig.HEADING2)));
        // GB/T 9704 sets page numbers in 宋体 whatever the body font is
        m.put(Face.PAGE_NUMBER, () -> Serif.FONT);
        m.put(Face.SYMBOL_FALLBACK, () -> Symbols.FONT);
        m.put(Face.CJK_FALLBACK, () -> Cjk.FONT);
        return new PdfFonts(m);
    }

    private static Supplier<TrueTypeFont> now(TrueTypeFont font) {
        return () -> font;
    }

    /**
     * The CSS font lists: the role's face, then DejaVu Sans for symbols (≦), then Droid Sans Fallback for rare
     * characters. Symbols first: a face asked for a character is made a PDF font, and Droid's 49,000 glyphs cost
     * several milliseconds per PDF to set up, so it is only asked for what nothing before it has.
     */
    PrintFonts cssFamilies() {
        return new PrintFonts(list(Face.TITLE), list(Face.BODY), list(Face.HEADING1), list(Face.HEADING2), list(Face.PAGE_NUMBER));
    }

    private static String list(Face f) {
        return "'" + f.family + "', '" + Face.SYMBOL_FALLBACK.family + "', '" + Face.CJK_FALLBACK.family + "'";
    }

    /**
     * Offers every face to one render. A face becomes a PDF font only when the layout needs it, and faces sharing a
     * file (title, body and page numbers by default) become one embedded font.
     */
    void register(PdfRendererBuilder builder, PDDocument doc) {
        Map<TrueTypeFont, PDFont> perDocument = new IdentityHashMap<>();
        for (Map.Entry<Face, Supplier<TrueTypeFont>> e : faces.entrySet()) {
            PDFontSupplier supplier = new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    return perDocument.computeIfAbsent(e.getValue().get(), ttf -> embed(doc, ttf));
                }
            };
            builder.useFont(supplier, e.getKey().family, 400, FontStyle.NORMAL, true);
            builder.useFont(supplier, e.getKey().family, 700, FontStyle.NORMAL, true);
        }
    }

    /** The PostScript names of the faces (for a reader of the README and the tests). */
    String postScriptName(Face f) {
        try {
            return faces.get(f).get().getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont embed(PDDocument doc, TrueTypeFont ttf) {
        try {
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped fonts, each parsed when first needed under the class loader's lock: once per JVM, thread-safe, and
     * not at all for a role a bureau has given its own font.
     */
    private static final class Serif {
        static final TrueTypeFont FONT = resource(SERIF, null);
    }

    private static final class Kai {
        static final TrueTypeFont FONT = resource(KAI, null);
    }

    private static final class Hei {
        static final TrueTypeFont FONT = resource(HEI, HEI_FACE);
    }

    private static final class Cjk {
        static final TrueTypeFont FONT = resource(CJK, null);
    }

    private static final class Symbols {
        static final TrueTypeFont FONT = resource(SYMBOLS, null);
    }

    private static TrueTypeFont resource(String name, String face) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + name);
            }
            return parse(in.readAllBytes(), face, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont fromFile(Path file, String property) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(property + "：无法读取字体文件 " + file + "（" + e.getMessage() + "）", e);
        }
        String magic = bytes.length < 4 ? "" : new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (magic.equals("OTTO")) {
            throw new IllegalArgumentException(property + "：" + file
                    + " 是 OpenType/CFF 字体，PDF 渲染器无法嵌入；请改用 TrueType 轮廓的 .ttf 或 .ttc 文件");
        }
        try {
            return parse(bytes, null, file.toString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(property + "：" + file + " 不是可用的 TrueType 字体（" + e.getMessage() + "）", e);
        }
    }

    /** A .ttf, or the named (else the first) font of a .ttc; must have TrueType (glyf) outlines. */
    static TrueTypeFont parse(byte[] bytes, String face, String what) throws IOException {
        TrueTypeFont ttf;
        if (bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
            // the collection stays open: its fonts read from it; it lives as long as the renderer
            TrueTypeCollection c = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            List<TrueTypeFont> all = new ArrayList<>();
            c.processAllFonts(all::add);
            ttf = all.stream().filter(t -> face == null || face.equals(name(t))).findFirst()
                    .orElseThrow(() -> new IOException(what + " holds no font " + face));
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        if (!ttf.getTableMap().containsKey("glyf")) {
            throw new IOException(what + " has no TrueType (glyf) outlines");
        }
        readAllTables(ttf);
        return ttf;
    }

    /** Reads every table FontBox would otherwise read lazily (unsynchronized) on first use by a render. */
    private static void readAllTables(TrueTypeFont t) throws IOException {
        t.getHeader();
        t.getHorizontalHeader();
        t.getMaximumProfile();
        t.getPostScript();
        t.getOS2Windows();
        t.getNaming();
        t.getCmap();
        t.getIndexToLocation();
        t.getHorizontalMetrics();
        t.getGlyph();
        t.getKerning();
        t.getVerticalHeader();
        t.getVerticalMetrics();
        t.getVerticalOrigin();
        t.getGsubData();
        t.getUnicodeCmapLookup();
        t.getName();
        t.getUnitsPerEm();
        t.getNumberOfGlyphs();
        t.getFontBBox();
    }

    private static String name(TrueTypeFont t) {
        try {
            return t.getName();
        } catch (IOException e) {
            return null;
        }
    }
}
