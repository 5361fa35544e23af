package io.fazhi.indicator.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a plain-text body strictly: a byte sequence that is not valid in the declared charset is refused with its
 * offset instead of being replaced by U+FFFD, so that no quote or offset is computed from text the sender never
 * wrote. UTF-8 (the default, a byte-order mark skipped), GBK and GB18030 are read; other charsets are refused.
 */
final class PlainText {

    private static final Map<String, Charset> READ = Map.of("utf-8", StandardCharsets.UTF_8, "utf8",
            StandardCharsets.UTF_8, "gbk", Charset.forName("GB18030"), "gb2312", Charset.forName("GB18030"),
            "gb18030", Charset.forName("GB18030"));

    private PlainText() {
    }

    static String decode(byte[] body, String declared) {
        String name = declared == null || declared.isBlank() ? "utf-8" : declared.trim().toLowerCase(Locale.ROOT);
        Charset charset = READ.get(name);
        if (charset == null) {
            throw InvalidTextException.unsupportedCharset(declared.length() > 40 ? declared.substring(0, 40) : declared);
        }
        int skip = charset == StandardCharsets.UTF_8 && body.length >= 3 && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidTextException.undecodable(charset == StandardCharsets.UTF_8 ? "UTF-8" : name.toUpperCase(
                    Locale.ROOT), in.position());
        }
        return out.flip().toString();
    }
}
