package cn.perfeval.report.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reading the outputs back with the usual parsers. */
public final class Outputs {

    private Outputs() {
    }

    /** Word: body paragraphs (text, style) and table cells, in document order. */
    public record WordContent(List<String> paragraphs, List<String> paragraphStyles, List<String> cells) {
    }

    public static WordContent word(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> ps = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    ps.add(p.getText());
                    styles.add(p.getStyle());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        for (XWPFTableCell c : r.getTableCells()) {
                            cells.add(c.getText().strip());
                        }
                    }
                }
            }
            return new WordContent(ps, styles, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel: the formatted text of every cell, per sheet name. */
    public static java.util.Map<String, List<String>> excel(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (Sheet s : wb) {
                List<String> cells = new ArrayList<>();
                for (Row r : s) {
                    r.forEach(c -> cells.add(f.formatCellValue(c)));
                }
                out.put(s.getSheetName(), cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDF: text per page. */
    public static List<String> pdfPages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(d));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of a zip (e.g. word/document.xml) as text. */
    public static String zipEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> zipEntryNames(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            List<String> names = new ArrayList<>();
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses XML 1.0 strictly (throws on anything not well-formed). */
    public static org.w3c.dom.Document parseXml(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
