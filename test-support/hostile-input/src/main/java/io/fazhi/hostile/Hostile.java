package io.fazhi.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of hostile request material: random bytes, invalid UTF-8, text in other encodings, crafted
 * numerals, deep nesting, texts built to make a reader work hard. Every choice comes from the given {@link Random},
 * so a seed reproduces a case exactly.
 */
public final class Hostile {

    public static final Charset GBK = Charset.forName("GBK");
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Byte sequences no UTF-8 decoder may accept. */
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE},
            {(byte) 0xFF}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    /** Numerals a year, a count or a code might be written as, none of them a valid JSON integer year. */
    public static final List<String> CRAFTED_NUMERALS = List.of("2021.0", "2.021e3", "2021e0", "20.21E2", "-0", "-2021",
            "02021", "+2021", "0x7E5", "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400", "2147483648",
            "-2147483649", "9223372036854775808", "99999999999999999999999999999999", "1999", "1000", "0", "2101",
            "3000", ".5", "5.", "1_000", "2021-", "20 21", "0.0000000000000000000000000000001", "1" + "0".repeat(120),
            "9".repeat(5000), "1." + "1".repeat(300), "1e" + "9".repeat(200));

    /** Numbers as strings: full-width, Chinese, Roman, with spaces and signs. */
    public static final List<String> NUMERAL_STRINGS = List.of("２０２１", "二〇二一", "二零二一", "MMXXI", "2021年", " 2021",
            "2021 ", "२०२१", "٢٠٢١", "2021\u0000", "\u202E1202", "2,021", "2021.5", "", "年度", "١٩٩٩");

    private static final String HAN_WITHOUT_YEAR = "法治政府建设报告我镇乡街道人民党委办事处依法行政普宣传活动资料份次件项"
            + "领导小组开展发放化解矛盾纠纷审查规范性文件重大决策合法性签发人号第一二三四五六七八九十百千万亿余";

    private static final String HEX = "0123456789abcdef";

    private final Random rnd;

    public Hostile(Random rnd) {
        this.rnd = rnd;
    }

    public int between(int lowInclusive, int highInclusive) {
        return lowInclusive + rnd.nextInt(highInclusive - lowInclusive + 1);
    }

    public boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    public <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    public byte[] bytes(int length) {
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    public byte[] invalidUtf8() {
        return INVALID_UTF8[rnd.nextInt(INVALID_UTF8.length)];
    }

    /** A 9- or 12-digit code in province 99, which does not exist: a township no registry has. */
    public String unknownCode() {
        StringBuilder b = new StringBuilder("99");
        int length = chance(0.8) ? 9 : 12;
        while (b.length() < length) {
            b.append(rnd.nextInt(10));
        }
        return b.toString();
    }

    /** A township name no registry has (Latin letters and digits do not occur in unit names). */
    public String unknownName() {
        return "Zq" + rnd.nextInt(1000) + pick(List.of("镇", "乡", "街道", ""));
    }

    /** Han text without 年 and without digits, so that no report year can be read from it. */
    public String hanWithoutYear(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(HAN_WITHOUT_YEAR.charAt(rnd.nextInt(HAN_WITHOUT_YEAR.length())));
            if (rnd.nextInt(30) == 0) {
                b.append(pick(List.of("。", "\n", "\r\n", "，", "：", "〔", "〕", " ", "\u3000")));
            }
        }
        return b.toString();
    }

    /**
     * A text built to make a reader of heading lines work: millions of line breaks, a line of a million spaces,
     * thousands of years, document numbers and signers, control, format and astral characters, lone surrogates.
     * With {@code yearFree} nothing in it reads as a report year.
     */
    public String hardText(boolean yearFree) {
        int kind = rnd.nextInt(yearFree ? 9 : 12);
        return switch (kind) {
            case 0 -> hanWithoutYear(between(1, 3000));
            case 1 -> "\n".repeat(between(1_000, 1_500_000)) + hanWithoutYear(20);
            case 2 -> " ".repeat(between(10_000, 1_000_000)) + "Zq镇人民政府\n" + hanWithoutYear(200);
            case 3 -> ("签 发 人 ：" + "\u3000".repeat(between(0, 50))).repeat(between(1, 20_000));
            case 4 -> "〔〕号第".repeat(between(1, 50_000)) + hanWithoutYear(50);
            case 5 -> mixed(between(1, 5_000));
            case 6 -> "Zq镇".repeat(between(1, 100_000));
            case 7 -> "\r".repeat(between(1, 500_000)) + "\r\n".repeat(between(1, 500_000));
            case 8 -> ("\u202E\u200B\uFEFF\u2066" + hanWithoutYear(3)).repeat(between(1, 20_000));
            case 9 -> "2021年度法治政府建设报告\n".repeat(between(1, 50_000));
            case 10 -> ("二〇二一年 " + "2021-2025年" + "〔2021〕17号").repeat(between(1, 30_000));
            default -> "签发人：" + "刘".repeat(between(1, 100_000)) + "\n（2021）".repeat(between(1, 10_000));
        };
    }

    /** Characters from every corner: control, format, combining, astral, private use, lone surrogates. */
    public String mixed(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (rnd.nextInt(9)) {
                case 0 -> b.append((char) rnd.nextInt(0x20));
                case 1 -> b.append((char) (0xD800 + rnd.nextInt(0x800)));
                case 2 -> b.appendCodePoint(0x1F600 + rnd.nextInt(80));
                case 3 -> b.append((char) (0x0300 + rnd.nextInt(0x70)));
                case 4 -> b.append((char) (0xE000 + rnd.nextInt(0x1900)));
                case 5 -> b.append(pick(List.of("\u202E", "\u200B", "\uFEFF", "\u2028", "\u2029", "\u00A0", "\uFFFD")));
                case 6 -> b.append((char) (0x4E00 + rnd.nextInt(0x5000)));
                case 7 -> b.append((char) (0x20 + rnd.nextInt(0x5F)));
                default -> b.appendCodePoint(0x20000 + rnd.nextInt(0x1000));
            }
        }
        return b.toString();
    }

    /** {@code text} in a random wrong encoding: GBK, GB18030, UTF-16 either way, Latin-1 (with loss). */
    public byte[] otherEncoding(String text) {
        Charset charset = pick(List.of(GBK, GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.ISO_8859_1));
        return text.getBytes(charset);
    }

    /** Bytes with invalid UTF-8 sequences and bytes of other encodings spliced into {@code text}'s UTF-8. */
    public byte[] corruptUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 64);
        int splices = between(1, 8);
        int from = 0;
        for (int i = 0; i < splices; i++) {
            int at = from + rnd.nextInt(Math.max(1, utf8.length - from + 1));
            at = Math.min(at, utf8.length);
            out.write(utf8, from, at - from);
            if (chance(0.7)) {
                out.writeBytes(invalidUtf8());
            } else {
                out.writeBytes(otherEncoding(hanWithoutYear(between(1, 10))));
            }
            from = at;
        }
        out.write(utf8, from, utf8.length - from);
        return out.toByteArray();
    }

    /** A nesting depth past the service's limit of 64: half of them under Jackson's own default of 1000. */
    public int tooDeep() {
        return chance(0.5) ? between(65, 999) : between(1_000, 100_000);
    }

    /** A JSON value {@code depth} levels deep, closed or (sometimes) left open. */
    public String nested(int depth) {
        boolean arrays = chance(0.5);
        StringBuilder b = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            b.append(arrays ? "[" : "{\"a\":");
        }
        b.append(pick(List.of("1", "\"x\"", "null", "[]", "{}")));
        if (chance(0.8)) {
            for (int i = 0; i < depth; i++) {
                b.append(arrays ? "]" : "}");
            }
        }
        return b.toString();
    }

    /** A JSON value of a random type (for a field that wants another). */
    public String wrongTypeFor(String wanted) {
        List<String> options = switch (wanted) {
            case "string" -> List.of("12", "-1.5e3", "true", "false", "[]", "[\"a\"]", "{}", "{\"text\":\"x\"}",
                    "[[[\"x\"]]]", "1" + "0".repeat(50));
            case "int" -> List.of("\"2021\"", "\"x\"", "true", "[]", "[2021]", "{}", "{\"year\":2021}", "2021.5",
                    "2.021e3", "\"\"");
            // never an array, a number, "" or an ISO date-time: Jackson reads those as dates
            default -> List.of("true", "{}", "\"not a date\"", "\"2021-02-30\"", "\"2021-13-01\"", "\"2021/03/01\"",
                    "\"01.03.2021\"", "\"2021-3-1\"", "\"2021-03-01x\"", "\"二〇二一年三月一日\"");
        };
        return pick(options);
    }

    /** A JSON string literal of {@code s}, escaping what JSON requires and (sometimes) more. */
    public String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        boolean escapeAll = chance(0.05);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || Character.isSurrogate(c) && !escapeAll && isLone(s, i) || escapeAll && c > 0x7E) {
                b.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt(c >> 8 & 0xF))
                        .append(HEX.charAt(c >> 4 & 0xF)).append(HEX.charAt(c & 0xF));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static boolean isLone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Random JSON-looking tokens: brackets, keys of the real fields, literals, numerals. */
    public String tokenSoup(int tokens) {
        List<String> parts = List.of("{", "}", "[", "]", ":", ",", "\"text\"", "\"year\"", "\"townshipCode\"",
                "\"name\"", "\"code\"", "\"dueDate\"", "null", "true", "false", "2021", "\"", "\\", "'", "/*", "*/",
                "//", "\n", "\u0000", "NaN", "\"\\ud800\"", "\"\\u0000\"", "\"\\x41\"", "1e999", "-", "+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            b.append(pick(parts));
        }
        return b.toString();
    }
}
