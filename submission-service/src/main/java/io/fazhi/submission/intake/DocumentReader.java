package io.fazhi.submission.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

/**
 * Turns an uploaded file into report text. The name's extension says what the file should be; the first bytes
 * must agree (a ZIP renamed .txt or a PDF renamed .docx is refused), and a file without an extension is sniffed.
 */
public final class DocumentReader {

    private final long maxFileBytes;
    private final long maxInflatedBytes;

    /**
     * @param maxFileBytes largest upload accepted
     * @param maxInflatedBytes most a .docx may inflate to, and most memory a PDF may use while read
     */
    public DocumentReader(long maxFileBytes, long maxInflatedBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxInflatedBytes = maxInflatedBytes;
    }

    public ExtractedDocument read(String filename, byte[] bytes) {
        if (bytes.length > maxFileBytes) {
            throw tooLarge(bytes.length, maxFileBytes);
        }
        if (bytes.length == 0) {
            throw new DocumentRejectedException(Reason.NO_TEXT, "The file is empty.");
        }
        DocumentFormat format = formatOf(filename, bytes);
        String sniffed = Magic.describe(bytes);
        return switch (format) {
            case TXT -> {
                if (sniffed != null) {
                    throw mismatch(filename, sniffed);
                }
                yield TextDecoding.decode(bytes);
            }
            case DOCX -> {
                if (!Magic.ZIP.equals(sniffed)) {
                    throw mismatch(filename, sniffed == null ? "plain text" : sniffed);
                }
                yield new ExtractedDocument(format, nonBlank(DocxText.extract(bytes, maxInflatedBytes), "Word document"),
                        null);
            }
            case PDF -> {
                if (!Magic.PDF.equals(sniffed)) {
                    throw mismatch(filename, sniffed == null ? "plain text" : sniffed);
                }
                yield new ExtractedDocument(format, PdfText.extract(bytes, maxInflatedBytes), null);
            }
        };
    }

    public static DocumentRejectedException tooLarge(long bytes, long limit) {
        return new DocumentRejectedException(Reason.TOO_LARGE, "The file has " + bytes + " bytes; the limit is "
                + limit + " bytes (" + limit / (1024 * 1024) + " MB).");
    }

    /** The format the name claims; without an extension, the one the content shows. */
    static DocumentFormat formatOf(String filename, byte[] bytes) {
        String ext = extension(filename);
        switch (ext) {
            case "txt", "text" -> {
                return DocumentFormat.TXT;
            }
            case "docx" -> {
                return DocumentFormat.DOCX;
            }
            case "pdf" -> {
                return DocumentFormat.PDF;
            }
            case "" -> {
                String sniffed = Magic.describe(bytes);
                if (Magic.ZIP.equals(sniffed)) {
                    return DocumentFormat.DOCX;
                }
                return Magic.PDF.equals(sniffed) ? DocumentFormat.PDF : DocumentFormat.TXT;
            }
            case "doc", "wps" -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                    "Legacy Word (." + ext + ") files are not read; save the report as .docx or PDF.");
            default -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                    "Files ending in ." + ext + " are not read; upload .txt (UTF-8, GBK or GB18030), .docx or .pdf.");
        }
    }

    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String nonBlank(String text, String what) {
        if (text.isBlank()) {
            throw new DocumentRejectedException(Reason.NO_TEXT, "The " + what + " contains no text.");
        }
        return text;
    }

    private static DocumentRejectedException mismatch(String filename, String actual) {
        return new DocumentRejectedException(Reason.CONTENT_MISMATCH, "The file is named '." + extension(filename)
                + "' but its content is " + actual + ".");
    }

    /** File signatures (magic bytes) of the formats a renamed file usually turns out to be. */
    static final class Magic {
        static final String ZIP = "a ZIP archive (e.g. .docx)";
        static final String PDF = "a PDF document";

        private Magic() {
        }

        static String describe(byte[] b) {
            if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
                return ZIP;
            }
            String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
            int pdf = head.indexOf("%PDF-");
            if (pdf == 0 || (pdf > 0 && head.substring(0, pdf).isBlank())) {
                return PDF;
            }
            if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
                return "a legacy Office document (.doc/.xls)";
            }
            if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')) {
                return "an image";
            }
            if (starts(b, 0x1F, 0x8B) || starts(b, 'R', 'a', 'r', '!') || starts(b, '7', 'z', 0xBC, 0xAF)) {
                return "a compressed archive";
            }
            if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
                return "an executable";
            }
            return null;
        }

        private static boolean starts(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
