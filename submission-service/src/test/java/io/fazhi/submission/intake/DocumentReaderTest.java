package io.fazhi.submission.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

class DocumentReaderTest {

    static final String REPORT = "郁南县历洞镇人民政府\n2021 年度法治政府建设报告\n一、主要举措和成效\n"
            + "我镇全年开展普法宣传活动12次，发放宣传资料7500余份，依法化解矛盾纠纷36件。";

    private final DocumentReader reader = new DocumentReader(20L * 1024 * 1024, 100L * 1024 * 1024);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8, UTF-8", "GBK, GB18030", "GB18030, GB18030", "UTF-16LE, UTF-16LE"})
    void decodesPlainTextInEachEncodingACountyOfficeUses(String encoding, String reported) {
        byte[] bytes = REPORT.getBytes(Charset.forName(encoding));
        if (encoding.equals("UTF-16LE")) {
            bytes = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
        }
        ExtractedDocument doc = reader.read("报告.txt", bytes);
        assertThat(doc.text()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo(reported);
        assertThat(doc.format()).isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        byte[] bytes = withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read("报告.TXT", bytes).text()).isEqualTo(REPORT);
    }

    @Test
    void readsCharactersOnlyGb18030HasBeyondGbk() {
        String text = REPORT + "㐀䶵"; // CJK extension A: four-byte sequences in GB18030, absent from GBK
        assertThat(reader.read("a.txt", text.getBytes(Charset.forName("GB18030"))).text()).isEqualTo(text);
    }

    @Test
    void readsParagraphsAndTablesOfAWordDocumentInOrder() {
        byte[] docx = TestDocuments.docx(REPORT, List.of("项目|数量", "普法宣传活动|12次", "矛盾纠纷化解|36件"));
        ExtractedDocument doc = reader.read("历洞镇报告.docx", docx);
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.text()).startsWith("郁南县历洞镇人民政府\n2021 年度法治政府建设报告\n")
                .contains("普法宣传活动\t12次\n").contains("矛盾纠纷化解\t36件");
    }

    @Test
    void readsTheChineseTextLayerOfAPdf() {
        ExtractedDocument doc = reader.read("report.pdf", TestDocuments.pdf(REPORT));
        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.text()).contains("郁南县历洞镇人民政府").contains("2021 年度法治政府建设报告").contains("7500余份");
    }

    @Test
    void readsALatinPdfWrittenWithAStandardFont() {
        assertThat(reader.read("r.pdf", TestDocuments.latinPdf("Annual report 2021 of Lidong town")).text())
                .contains("Annual report 2021 of Lidong town");
    }

    @Test
    void sniffsTheFormatOfAFileWithoutAnExtension() {
        assertThat(reader.read("upload", TestDocuments.pdf(REPORT)).format()).isEqualTo(DocumentFormat.PDF);
        assertThat(reader.read("upload", TestDocuments.docx(REPORT, List.of())).format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(reader.read(null, REPORT.getBytes(Charset.forName("GBK"))).format()).isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void refusesAScannedPdfSayingItHasNoText() {
        assertRejected("scan.pdf", TestDocuments.scannedPdf(), Reason.NO_TEXT, "scanned");
    }

    @Test
    void refusesADecompressionBombBeforePoiInflatesIt() {
        byte[] bomb = TestDocuments.zipBomb(120);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRejected("bomb.docx", bomb, Reason.UNSAFE, "decompression bomb");
    }

    @Test
    void refusesTruncatedDocuments() {
        assertRejected("cut.docx", TestDocuments.truncated(TestDocuments.docx(REPORT, List.of()), 0.6), Reason.MALFORMED,
                "");
        assertRejected("cut.pdf", TestDocuments.truncated(TestDocuments.pdf(REPORT), 0.3), null, "");
    }

    @Test
    void refusesContentThatDoesNotMatchTheName() {
        assertRejected("program.txt", TestDocuments.binary(4096), Reason.CONTENT_MISMATCH, "binary");
        assertRejected("report.txt", TestDocuments.docx(REPORT, List.of()), Reason.CONTENT_MISMATCH, "ZIP");
        assertRejected("report.docx", TestDocuments.pdf(REPORT), Reason.CONTENT_MISMATCH, "PDF");
        assertRejected("report.pdf", REPORT.getBytes(StandardCharsets.UTF_8), Reason.CONTENT_MISMATCH, "plain text");
        assertRejected("report.docx", TestDocuments.zipWithout("word/document.xml"), Reason.CONTENT_MISMATCH,
                "not a Word document");
    }

    @ParameterizedTest
    @CsvSource({"report.doc, Legacy Word", "report.exe, .exe", "report.xlsx, .xlsx"})
    void refusesTypesItDoesNotRead(String name, String message) {
        assertRejected(name, REPORT.getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE, message);
    }

    @Test
    void refusesFilesOverTheLimitAndEmptyFiles() {
        DocumentReader small = new DocumentReader(1000, 100L * 1024 * 1024);
        assertThatThrownBy(() -> small.read("a.txt", new byte[1001]))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        assertRejected("empty.txt", new byte[0], Reason.NO_TEXT, "empty");
    }

    private void assertRejected(String name, byte[] bytes, Reason reason, String message) {
        assertThatThrownBy(() -> reader.read(name, bytes))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                    if (reason != null) {
                        assertThat(e.reason()).isEqualTo(reason);
                    }
                    assertThat(e.reason().status()).isBetween(400, 499);
                })
                .hasMessageContaining(message);
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
