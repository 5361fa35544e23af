package io.fazhi.submission.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Files for tests, generated from text written here. The machine has no CJK font, so Chinese PDFs use a Type0
 * font (Identity-H, CID = Unicode code point) without an embedded font program but with a ToUnicode CMap, the way
 * most producers write a text layer: extraction reads the CMap, never the glyphs.
 */
public final class TestDocuments {

    private static final int CHARS_PER_LINE = 38;
    private static final int LINES_PER_PAGE = 45;

    private TestDocuments() {
    }

    /** A .docx with one paragraph per line of {@code text}, then a table of {@code rows} (cells split on '|'). */
    public static byte[] docx(String text, List<String> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            if (!rows.isEmpty()) {
                int columns = rows.get(0).split("\\|").length;
                XWPFTable table = doc.createTable(rows.size(), columns);
                for (int r = 0; r < rows.size(); r++) {
                    String[] cells = rows.get(r).split("\\|");
                    for (int c = 0; c < columns; c++) {
                        table.getRow(r).getCell(c).setText(c < cells.length ? cells[c] : "");
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose text layer is {@code text}, long lines wrapped, over as many pages as it takes. */
    public static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = type0Font(doc, text);
            List<String> lines = wrap(text);
            for (int start = 0; start < lines.size() || start == 0; start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                StringBuilder content = new StringBuilder("BT /F1 12 Tf 16 TL 50 800 Td\n");
                for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                    content.append('<').append(hex(line)).append("> Tj T*\n");
                }
                content.append("ET\n");
                page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(
                        content.toString().getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Latin-only PDF written with a standard font, the plainest text layer there is. */
    public static byte[] latinPdf(String line) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 800);
                cs.showText(line);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of pages with drawings only, as a scanner makes them (no text operators at all). */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(40, 40, 500, 700);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx-named ZIP whose document part inflates from about 200 KB to {@code megabytes} MB of zeros. */
    public static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with the parts of a .docx except {@code missing}: an archive, but no Word document. */
    public static byte[] zipWithout(String missing) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String part : List.of("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")) {
                if (!part.equals(missing)) {
                    zip.putNextEntry(new ZipEntry(part));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code fraction} of a file, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] file, double fraction) {
        return java.util.Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** Bytes that are no text in any encoding (a compiled program, say). */
    public static byte[] binary(int size) {
        byte[] b = new byte[size];
        long x = 42;
        for (int i = 0; i < size; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            b[i] = (byte) (x >>> 56);
        }
        b[0] = 0;
        return b;
    }

    /** Writes {@code size} bytes of text-like filler, for size limits. */
    public static void filler(OutputStream out, long size) throws IOException {
        byte[] line = "法治政府建设情况报告。\n".getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < size; written += line.length) {
            out.write(line, 0, (int) Math.min(line.length, size - written));
        }
    }

    private static COSDictionary type0Font(PDDocument doc, String text) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "TestCJK");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            bbox.add(org.apache.pdfbox.cos.COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "TestCJK");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "TestCJK");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);

        COSStream cmap = doc.getDocument().createCOSStream();
        try (OutputStream out = cmap.createOutputStream()) {
            out.write(toUnicodeCMap(text).getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, cmap);
        return font;
    }

    private static String toUnicodeCMap(String text) {
        TreeSet<Character> chars = new TreeSet<>();
        for (char c : text.toCharArray()) {
            if (c != '\n' && c != '\r') {
                chars.add(c);
            }
        }
        StringBuilder b = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Character> all = List.copyOf(chars);
        for (int i = 0; i < all.size(); i += 100) {
            List<Character> block = all.subList(i, Math.min(all.size(), i + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (char c : block) {
                String h = String.format("%04X", (int) c);
                b.append('<').append(h).append("> <").append(h).append(">\n");
            }
            b.append("endbfchar\n");
        }
        return b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.length(); i += CHARS_PER_LINE) {
                lines.add(p.substring(i, Math.min(p.length(), i + CHARS_PER_LINE)));
            }
        }
        return lines;
    }

    private static String hex(String line) {
        StringBuilder b = new StringBuilder();
        for (char c : line.toCharArray()) {
            b.append(String.format("%04X", (int) c));
        }
        return b.toString();
    }
}
