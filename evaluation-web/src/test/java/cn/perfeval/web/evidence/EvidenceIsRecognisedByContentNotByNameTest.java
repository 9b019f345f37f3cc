package cn.perfeval.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.perfeval.workflow.evidence.EvidenceType;
import org.junit.jupiter.api.Test;

class EvidenceIsRecognisedByContentNotByNameTest {

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertThat(EvidenceType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(EvidenceType.JPG);
    }

    @Test
    void aZipIsAWordOrExcelFileOnlyWithTheirParts() throws Exception {
        assertThat(EvidenceType.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.sniff(zip("readme.txt"))).isEmpty();
        assertThat(EvidenceType.sniff(zip("word/document.xml"))).isEmpty();
    }

    @Test
    void anExecutableOrHtmlIsRefusedWhateverItIsCalled() {
        assertThat(EvidenceType.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(EvidenceType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.sniff(new byte[0])).isEmpty();
    }

    static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
