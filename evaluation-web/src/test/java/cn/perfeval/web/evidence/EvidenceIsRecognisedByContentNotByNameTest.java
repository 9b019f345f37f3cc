package cn.perfeval.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import cn.perfeval.workflow.evidence.EvidenceType;
import cn.perfeval.workflow.support.EvidenceSamples;
import org.junit.jupiter.api.Test;

class EvidenceIsRecognisedByContentNotByNameTest {

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertThat(EvidenceType.sniff(EvidenceSamples.pdf(0))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.sniff(EvidenceSamples.png(20, 10))).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(EvidenceSamples.jpg(20, 10))).contains(EvidenceType.JPG);
        assertThat(EvidenceType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .as("the first bytes alone are not a PDF").isEmpty();
    }

    @Test
    void aZipIsAWordOrExcelFileOnlyWithTheirParts() throws Exception {
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("[Content_Types].xml", "word/document.xml"))).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("[Content_Types].xml", "xl/workbook.xml"))).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("readme.txt"))).isEmpty();
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("word/document.xml"))).isEmpty();
    }

    @Test
    void anExecutableOrHtmlIsRefusedWhateverItIsCalled() {
        assertThat(EvidenceType.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(EvidenceType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.sniff(new byte[0])).isEmpty();
    }
}
