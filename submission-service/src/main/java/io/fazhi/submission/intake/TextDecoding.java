package io.fazhi.submission.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

/**
 * Plain text of unknown encoding: a byte-order mark decides; otherwise strict UTF-8, then GB18030 (a superset of
 * GBK and GB2312). Chinese text in GBK is almost never valid UTF-8, so the order is safe; a detector is not needed.
 */
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

    private TextDecoding() {
    }

    public static ExtractedDocument decode(byte[] bytes) {
        String text;
        String charset;
        if (startsWith(bytes, UTF8_BOM)) {
            text = strict(StandardCharsets.UTF_8, bytes, 3);
            charset = "UTF-8";
        } else if (startsWith(bytes, GB18030_BOM)) {
            text = strict(GB18030, bytes, 4);
            charset = "GB18030";
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = strict(StandardCharsets.UTF_16LE, bytes, 2);
            charset = "UTF-16LE";
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = strict(StandardCharsets.UTF_16BE, bytes, 2);
            charset = "UTF-16BE";
        } else if ((text = strict(StandardCharsets.UTF_8, bytes, 0)) != null) {
            charset = "UTF-8";
        } else {
            text = strict(GB18030, bytes, 0);
            charset = "GB18030";
        }
        if (text == null || looksBinary(text)) {
            throw new DocumentRejectedException(Reason.CONTENT_MISMATCH,
                    "The file is named as text but is not text in UTF-8, GBK or GB18030 (it looks binary).");
        }
        return new ExtractedDocument(DocumentFormat.TXT, text, charset);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL, or more than one control character in a hundred: not a text a clerk wrote. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > text.length();
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
