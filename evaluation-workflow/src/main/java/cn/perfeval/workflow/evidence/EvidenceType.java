package cn.perfeval.workflow.evidence;

import java.util.Optional;

/**
 * The file types accepted as evidence, recognised by their content, never by their name: the first bytes say which
 * type a file claims to be, and {@link EvidenceContentCheck} then proves it is one (an Office zip with Office parts
 * and bounded inflation, an image that decodes, a PDF that parses).
 */
public enum EvidenceType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JPG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    private final String extension;
    private final String contentType;

    EvidenceType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the content proves, or empty (see {@link #recognise} for why not). */
    public static Optional<EvidenceType> sniff(byte[] bytes) {
        try {
            return Optional.of(recognise(bytes));
        } catch (EvidenceContentCheck.Unrecognised e) {
            return Optional.empty();
        }
    }

    /** The type the content proves; otherwise why not, in Chinese. */
    public static EvidenceType recognise(byte[] bytes) throws EvidenceContentCheck.Unrecognised {
        return EvidenceContentCheck.recognise(bytes == null ? new byte[0] : bytes);
    }
}
