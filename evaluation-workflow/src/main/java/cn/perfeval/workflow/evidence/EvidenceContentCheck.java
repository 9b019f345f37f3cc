package cn.perfeval.workflow.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Proves that a file is what its first bytes claim, reading no more than it must: an Office file is inflated entry by
 * entry through a streaming {@link ZipInputStream} that stops as soon as a bound is passed (a zip bomb costs
 * milliseconds), an image is decoded subsampled after its dimensions are checked, a PDF is parsed in bounded memory.
 */
public final class EvidenceContentCheck {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** Office XML deflates about 5–20 times; a thousandfold is a bomb, whatever its size. */
    static final long MAX_RATIO = 200;
    /** Below this an entry's ratio says nothing (a kilobyte of repeated styles deflates a hundredfold). */
    private static final long RATIO_FLOOR = 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    private static final long PDF_MEMORY = 64L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** The top-level parts of an OOXML package; anything else is not what Word or Excel writes. */
    private static final Set<String> OFFICE_FOLDERS = Set.of("_rels", "docProps", "customXml", "word", "xl");
    private static final Pattern EXECUTABLE = Pattern.compile(
            "(?i).*\\.(exe|dll|com|bat|cmd|scr|msi|ps1|vbs|vbe|js|jse|wsf|hta|jar|sh|cpl|lnk|pif)$");

    /** Why a file is not accepted, in Chinese. */
    public static final class Unrecognised extends Exception {
        Unrecognised(String message) {
            super(message, null, false, false);
        }
    }

    private EvidenceContentCheck() {
    }

    static EvidenceType recognise(byte[] bytes) throws Unrecognised {
        if (startsWith(bytes, PDF_MAGIC)) {
            return pdf(bytes);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return image(bytes, EvidenceType.PNG);
        }
        if (startsWith(bytes, JPG_MAGIC)) {
            return image(bytes, EvidenceType.JPG);
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return office(bytes);
        }
        throw new Unrecognised("无法识别为允许的文件类型");
    }

    /** A docx or xlsx: [Content_Types].xml and its main part, only Office folders, no executable, bounded inflation. */
    private static EvidenceType office(byte[] bytes) throws Unrecognised {
        if (!hasCentralDirectoryEnd(bytes)) {
            throw new Unrecognised("文件不完整（可能上传中断），无法作为 Word 或 Excel 文件读取");
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (names.size() >= MAX_ENTRIES) {
                    throw new Unrecognised("压缩包中的文件超过" + MAX_ENTRIES + "个，不是 Word 或 Excel 文件");
                }
                if (!names.add(name) || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                    throw new Unrecognised("文件中有重复或不安全的部件名：" + printable(name));
                }
                String top = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
                if (!name.equals("[Content_Types].xml") && !OFFICE_FOLDERS.contains(top)) {
                    throw new Unrecognised("文件中有 Word 或 Excel 文件不会有的内容：" + printable(name));
                }
                if (EXECUTABLE.matcher(name).matches() || name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw new Unrecognised("文件中含有可执行程序或宏：" + printable(name));
                }
                long size = 0;
                boolean first = true;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    if (first && read >= 2 && buffer[0] == 'M' && buffer[1] == 'Z') {
                        throw new Unrecognised("文件中含有可执行程序：" + printable(name));
                    }
                    first = false;
                    size += read;
                    total += read;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || total > RATIO_FLOOR
                            && total > MAX_RATIO * bytes.length) {
                        throw new Unrecognised("文件解压后过大（疑似压缩炸弹），不是正常的 Word 或 Excel 文件");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Unrecognised("文件已损坏，无法作为 Word 或 Excel 文件读取");
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return EvidenceType.DOCX;
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return EvidenceType.XLSX;
        }
        throw new Unrecognised("压缩文件不是 Word（docx）或 Excel（xlsx）文件");
    }

    /** A whole zip ends with its directory's end record (PK 5 6) within the last 64 KiB; a truncated one does not. */
    private static boolean hasCentralDirectoryEnd(byte[] bytes) {
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** An image whose header gives bounded dimensions and whose data decodes (read subsampled, so memory stays small). */
    private static EvidenceType image(byte[] bytes, EvidenceType type) throws Unrecognised {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unrecognised("图片无法识别");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new Unrecognised("图片尺寸过大（超过5000万像素）或无效");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / 1_000_000.0)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return type;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unrecognised("图片已损坏或不完整，无法打开");
        }
    }

    /** A PDF that PDFBox parses within a memory bound and that has at least one page. */
    private static EvidenceType pdf(byte[] bytes) throws Unrecognised {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            if (document.getNumberOfPages() < 1) {
                throw new Unrecognised("PDF 文件没有页面");
            }
            return EvidenceType.PDF;
        } catch (InvalidPasswordException e) {
            throw new Unrecognised("PDF 文件设有打开密码，请上传未加密的文件");
        } catch (IOException | RuntimeException e) {
            throw new Unrecognised("PDF 文件已损坏或不完整，无法打开");
        }
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
