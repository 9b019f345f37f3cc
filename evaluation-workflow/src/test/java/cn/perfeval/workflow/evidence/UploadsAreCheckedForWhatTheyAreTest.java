package cn.perfeval.workflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.perfeval.workflow.support.EvidenceSamples;
import org.junit.jupiter.api.Test;

class UploadsAreCheckedForWhatTheyAreTest {

    @Test
    void realFilesOfEachTypeAreAccepted() throws Exception {
        assertThat(EvidenceType.recognise(EvidenceSamples.pdf(0))).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.recognise(EvidenceSamples.pdf(3 * 1024 * 1024))).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.recognise(EvidenceSamples.png(640, 480))).isEqualTo(EvidenceType.PNG);
        assertThat(EvidenceType.recognise(EvidenceSamples.jpg(4000, 3000))).isEqualTo(EvidenceType.JPG);
        assertThat(EvidenceType.recognise(EvidenceSamples.docx())).isEqualTo(EvidenceType.DOCX);
        assertThat(EvidenceType.recognise(EvidenceSamples.xlsx())).isEqualTo(EvidenceType.XLSX);
    }

    @Test
    void aZipBombOfOneGibibyteIsRefusedInUnderASecond() {
        byte[] bomb = EvidenceSamples.zipBomb(1L << 30);
        assertThat(bomb.length).as("about 1 MiB on disk").isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> EvidenceType.recognise(bomb)).hasMessageContaining("压缩炸弹");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("refused after %d ms", millis).isLessThan(1000);
    }

    @Test
    void aWordFileHidingAProgramIsRefused() {
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.docxWithProgram("word/media/setup.exe")))
                .hasMessageContaining("可执行程序");
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.docxWithProgram("word/media/image1.png")))
                .as("a program is a program whatever it is called").hasMessageContaining("可执行程序");
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.docxWithProgram("word/vbaProject.bin")))
                .hasMessageContaining("宏");
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.zip("[Content_Types].xml",
                "word/document.xml", "payload/run.txt"))).hasMessageContaining("payload/run.txt");
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.zip("[Content_Types].xml",
                "word/../../etc/passwd", "word/document.xml"))).hasMessageContaining("不安全");
    }

    @Test
    void aZipWithTooManyEntriesOrWithoutOfficePartsIsRefused() {
        String[] many = new String[1_002];
        many[0] = "[Content_Types].xml";
        many[1] = "word/document.xml";
        for (int i = 2; i < many.length; i++) {
            many[i] = "word/media/p" + i + ".xml";
        }
        assertThatThrownBy(() -> EvidenceType.recognise(EvidenceSamples.zip(many))).hasMessageContaining("1000");
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("word/document.xml"))).isEmpty();
        assertThat(EvidenceType.sniff(EvidenceSamples.zip("[Content_Types].xml", "docProps/app.xml"))).isEmpty();
    }

    @Test
    void headersAloneAndTruncatedFilesAreRefused() {
        assertThatThrownBy(() -> EvidenceType.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .hasMessageContaining("图片");
        byte[] png = EvidenceSamples.png(800, 600);
        assertThat(EvidenceType.sniff(Arrays.copyOf(png, png.length / 2))).isEmpty();
        assertThat(EvidenceType.sniff("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        byte[] pdf = EvidenceSamples.pdf(0);
        assertThat(EvidenceType.sniff(Arrays.copyOf(pdf, 40))).isEmpty();
        byte[] docx = EvidenceSamples.docx();
        assertThat(EvidenceType.sniff(Arrays.copyOf(docx, docx.length / 3))).isEmpty();
    }

    @Test
    void anImageClaimingBillionsOfPixelsIsRefusedFromItsHeader() {
        byte[] png = EvidenceSamples.png(16, 16);
        // IHDR width and height start at byte 16; 100,000 × 100,000 pixels would need 40 GB to decode.
        byte[] huge = png.clone();
        writeInt(huge, 16, 100_000);
        writeInt(huge, 20, 100_000);
        assertThatThrownBy(() -> EvidenceType.recognise(huge)).hasMessageContaining("图片");
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
