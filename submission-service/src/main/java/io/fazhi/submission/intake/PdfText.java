package io.fazhi.submission.intake;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

/** The text layer of a PDF; a PDF of page images (a scan) has none and is refused, since OCR is out of scope. */
final class PdfText {

    private static final int MAX_PAGES = 2_000;
    /** Fewer visible characters than this over the whole file: a scan with at most a stray label. */
    private static final int MIN_TEXT_CHARS = 10;

    private PdfText() {
    }

    static String extract(byte[] bytes, long maxMemoryBytes) {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxMemoryBytes).streamCache)) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new DocumentRejectedException(Reason.UNSAFE,
                        "The PDF has " + doc.getNumberOfPages() + " pages; at most " + MAX_PAGES + " are read.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(doc);
            long visible = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .count();
            if (visible < MIN_TEXT_CHARS) {
                throw new DocumentRejectedException(Reason.NO_TEXT, "The PDF has no text layer (" + doc.getNumberOfPages()
                        + " page(s) without text): it looks scanned. Upload the Word file, or a PDF exported from it;"
                        + " scanned pages are not read (no OCR).");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(Reason.ENCRYPTED,
                    "The PDF is protected by a password; upload it without protection.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw new DocumentRejectedException(Reason.MALFORMED,
                    "The file is named .pdf but is not a readable PDF (damaged or incomplete).");
        }
    }
}
