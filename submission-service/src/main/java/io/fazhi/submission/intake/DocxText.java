package io.fazhi.submission.intake;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

/**
 * The text of a .docx: paragraphs and tables in document order (cells separated by tabs, rows by line breaks).
 * Before POI sees the file, every entry is inflated once with a running cap, so a decompression bomb is refused
 * by its real size rather than by what its headers claim; POI's own ZipSecureFile limits stay on as a second guard.
 */
final class DocxText {

    private static final int MAX_ENTRIES = 1_000;
    /** Compression beyond this ratio on an entry of over a megabyte is a bomb, not a Word file. */
    private static final int MAX_RATIO = 100;

    private DocxText() {
    }

    static String extract(byte[] bytes, long maxInflatedBytes) {
        inspectArchive(bytes, maxInflatedBytes);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(maxInflatedBytes);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                append(out, element);
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                throw new DocumentRejectedException(Reason.UNSAFE,
                        "The Word document inflates beyond the safe limit; it was not read.");
            }
            throw new DocumentRejectedException(Reason.MALFORMED,
                    "The file is named .docx but is not a readable Word document (damaged or incomplete).");
        }
    }

    private static void append(StringBuilder out, IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            out.append(p.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                String sep = "";
                for (XWPFTableCell cell : row.getTableCells()) {
                    out.append(sep).append(cell.getTextRecursively().strip());
                    sep = "\t";
                }
                out.append('\n');
            }
        } else if (element instanceof XWPFSDT sdt) {
            out.append(sdt.getContent().getText()).append('\n');
        }
    }

    /** Inflates every entry, counting real bytes, and checks that this is a Word document at all. */
    private static void inspectArchive(byte[] bytes, long maxInflatedBytes) {
        long total = 0;
        int entries = 0;
        boolean word = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw unsafe("more than " + MAX_ENTRIES + " parts");
                }
                word |= "word/document.xml".equals(entry.getName());
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > maxInflatedBytes) {
                        throw unsafe("more than " + maxInflatedBytes / (1024 * 1024) + " MB when inflated");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (inflated > 1024 * 1024 && compressed > 0 && inflated / compressed > MAX_RATIO) {
                    throw unsafe("a part compressed " + inflated / compressed + " to 1");
                }
            }
        } catch (EOFException | ZipException e) {
            throw new DocumentRejectedException(Reason.MALFORMED,
                    "The Word document is truncated or damaged (" + safe(e) + ").");
        } catch (IOException e) {
            throw new DocumentRejectedException(Reason.MALFORMED, "The Word document cannot be read.");
        }
        if (entries == 0 || !word) {
            throw new DocumentRejectedException(entries == 0 ? Reason.MALFORMED : Reason.CONTENT_MISMATCH,
                    entries == 0 ? "The Word document is truncated or empty."
                            : "The file is a ZIP archive but not a Word document (no word/document.xml).");
        }
    }

    private static DocumentRejectedException unsafe(String what) {
        return new DocumentRejectedException(Reason.UNSAFE,
                "The Word document has " + what + "; it looks like a decompression bomb and was not read.");
    }

    /** Zip messages name no paths or classes, only what is wrong. */
    private static String safe(Exception e) {
        String m = e.getMessage();
        return m == null ? "unexpected end of file" : m.replaceAll("[^\\p{L}\\p{N} .,:-]", "");
    }

}
