package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.concat;
import static io.fazhi.hostile.Bytes.encodePath;
import static io.fazhi.hostile.Bytes.utf8;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Requests to indicator-service's write endpoints: {@code POST /api/v1/extractions} as JSON and as text/plain, and
 * {@code POST /api/v1/admin/reextractions}. Malformed bodies must be refused; hostile texts that are nevertheless
 * texts (a million line breaks, crafted numerals, lone surrogates) are answerable, and must be answered in bounded
 * time.
 */
public final class ExtractionAttacks {

    static final String PATH = "/api/v1/extractions";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain";

    /** Numerals built to make a numeral reader work: long runs, nested units, mixed scripts. */
    private static final List<String> CRAFTED_CHINESE_NUMERALS = List.of("一万万万万万万万万万万", "亿亿亿亿亿亿",
            "十十十十十十十", "零零零零零零零零零零零", "两两两两千", "九千九百九十九万九千九百九十九亿九千九百九十九万",
            "百分之百分之百分之", "百分之" + "九".repeat(500), "1.2.3.4万", "１２３４５６７８９０万余", "三万余多近约",
            "〇〇〇〇〇〇〇〇", "一" + "亿".repeat(300), "9".repeat(5000), "0." + "0".repeat(3000) + "1",
            "1,2,3,4,5,6,7,8,9", "1,,,,000", "２万余", "二万一千余", "十万八千里", "第一百零八", "-5", "+5",
            "1e309", "1E-400", "NaN", "∞");

    private ExtractionAttacks() {
    }

    /** {@code POST /api/v1/extractions}, application/json, every request malformed. */
    public static Attack json(Hostile h) {
        return switch (h.between(0, 9)) {
            case 0 -> new Attack("random bytes", "POST", PATH, JSON, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("token soup", "POST", PATH, JSON, utf8(h.tokenSoup(h.between(1, 300))));
            case 2 -> new Attack("wrong types", "POST", PATH, JSON, utf8("{\"text\":" + h.wrongTypeFor("string") + "}"));
            case 3 -> new Attack("deep nesting", "POST", PATH, JSON, utf8(h.pick(List.of(h.nested(h.tooDeep()),
                    "{\"text\":" + h.nested(h.tooDeep()) + "}",
                    "{\"extra\":" + h.nested(h.tooDeep()) + ",\"text\":\"我镇开展普法宣传。\"}"))));
            case 4 -> new Attack("invalid UTF-8", "POST", PATH, JSON,
                    spliceInvalid(h, "{\"text\":" + h.str(h.hanWithoutYear(h.between(1, 2000))) + "}"));
            case 5 -> new Attack("empty texts", "POST", PATH, JSON, utf8(h.pick(List.of("{\"text\":\"\"}",
                    "{\"text\":\"   \"}", "{\"text\":\"\\n\\r\\t\"}", "{\"text\":null}", "{}", "{\"text\":\"\\u3000\"}"))));
            case 6 -> tooLarge(h);
            case 7 -> new Attack("structure", "POST", PATH, JSON, utf8(h.pick(List.of("", "null", "[]", "\"text\"", "2021",
                    "true", "{", "}", "{\"text\":\"a\",\"text\":{}}", "{'text':'我镇'}", "{text:\"我镇\"}",
                    "/* c */{\"text\":\"x\"}", "{\"text\":\"x\"}//", "{\"text\":\"x\"} {\"text\":\"y\"}",
                    "{\"text\":\"x\",}", "[{\"text\":\"x\"}]", "{\"text\":\"x\",\"text\":\"y\"}",
                    "{\"text\":\"" + "\\\\".repeat(h.between(1, 10_000))))));
            case 8 -> new Attack("media type", "POST", PATH, h.pick(List.of("application/xml",
                    "application/x-www-form-urlencoded", "application/json-patch+json", "application/", "json", ";;;",
                    "a/b;c=\"", "multipart/form-data; boundary=x", "application/octet-stream")),
                    utf8("{\"text\":\"我镇开展普法宣传。\"}"));
            // UTF-16 JSON is read (Jackson detects it), Latin-1 loses the Han text to '?': answerable
            default -> Attack.answerable("other encodings", "POST", PATH, h.pick(List.of(JSON + ";charset=GBK",
                    JSON + ";charset=UTF-16", JSON + ";charset=nonsense", JSON)),
                    h.otherEncoding("{\"text\":" + h.str(h.hanWithoutYear(h.between(1, 500))) + "}"));
        };
    }

    /** {@code POST /api/v1/extractions}, text/plain, every request malformed. */
    public static Attack text(Hostile h) {
        return switch (h.between(0, 5)) {
            case 0 -> new Attack("invalid UTF-8", "POST", PATH, h.pick(List.of(TEXT, TEXT + ";charset=UTF-8")),
                    spliceInvalid(h, h.hanWithoutYear(h.between(1, 5000))));
            case 1 -> new Attack("another encoding declared as UTF-8", "POST", PATH, TEXT,
                    concat(h.otherEncoding(h.hanWithoutYear(h.between(1, 300))), h.invalidUtf8()));
            case 2 -> new Attack("empty texts", "POST", PATH, TEXT, utf8(h.pick(List.of("", " ", "\n\n\r\n", "\t",
                    "\u3000\u3000", "\uFEFF"))));
            case 3 -> new Attack("unknown charset", "POST", PATH, TEXT + ";charset=" + h.pick(List.of("nonsense",
                    "UTF-7", "x-user-defined", "ebcdic", "utf-16", "ISO-2022-CN", "a".repeat(200))),
                    utf8("全年开展普法宣传活动12场次。"));
            case 4 -> new Attack("text over 2 MB", "POST", PATH, h.pick(List.of(TEXT, TEXT + ";charset=GBK")),
                    utf8("法".repeat(h.between(700_000, 1_200_000))));
            default -> new Attack("random bytes", "POST", PATH, TEXT, concat(h.invalidUtf8(), h.bytes(h.between(0, 8192))));
        };
    }

    /** {@code POST /api/v1/extractions}: texts built to make the extractor work, valid nevertheless. */
    public static Attack hardText(Hostile h) {
        String text = switch (h.between(0, 5)) {
            case 0 -> h.hardText(false);
            case 1 -> h.mixed(h.between(1, 20_000));
            case 2 -> numeralStorm(h);
            case 3 -> ("全年发放宣传资料" + h.pick(CRAFTED_CHINESE_NUMERALS) + h.pick(List.of("份", "余份", "多份", "万份", "%", "场次")))
                    .repeat(h.between(1, 2_000));
            case 4 -> ("（" + "其中".repeat(h.between(1, 50))).repeat(h.between(1, 2_000)) + "12人";
            default -> ("**一、" + h.hanWithoutYear(20) + "**\n#### " + "（一）".repeat(h.between(1, 100)) + "\n")
                    .repeat(h.between(1, 3_000));
        };
        boolean asJson = h.chance(0.5);
        return Attack.answerable("hard text" + (asJson ? " (JSON)" : " (text/plain)"), "POST", PATH,
                asJson ? JSON : TEXT + ";charset=UTF-8", utf8(asJson ? "{\"text\":" + h.str(text) + "}" : text));
    }

    /** {@code POST /api/v1/admin/reextractions}: invalid areas, built to be refused before anything is read again. */
    public static Attack reextraction(Hostile h) {
        String area = h.pick(List.of("4", "445", "44532", "4453221", "44532211", "4453221160", "xx", "４４", "44 ",
                "", "44\u0000", "44;drop", "%", h.mixed(h.between(1, 20)), "9".repeat(h.between(10, 5_000)),
                "44' OR '1'='1", "../44"));
        String query = switch (h.between(0, 2)) {
            case 0 -> "?area=" + encodePath(area);
            case 1 -> "?area=" + encodePath(area) + "&area=" + encodePath(area);
            default -> "?area=" + encodePath(area) + "&" + "x=1&".repeat(h.between(1, 300));
        };
        return new Attack("invalid area", "POST", "/api/v1/admin/reextractions" + query,
                h.pick(List.of(JSON, TEXT, "application/octet-stream")), h.bytes(h.between(0, 1024)));
    }

    /**
     * {@code POST /api/v1/indicators/{code}/{year}/corrections} of a stored report ({@code path}): bodies built to be
     * refused before anything is corrected (malformed JSON, unknown keys and actions, no reason, impossible values,
     * quotes that are not in the report, wrong media types) and paths that name no report.
     */
    public static Attack correction(Hostile h, String path) {
        String good = "\"key\":\"publicity.events\",\"action\":\"correct\",\"value\":12";
        return switch (h.between(0, 7)) {
            case 0 -> new Attack("random bytes", "POST", path, JSON, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("token soup", "POST", path, JSON, utf8(h.tokenSoup(h.between(1, 300))));
            case 2 -> new Attack("wrong types", "POST", path, JSON, utf8("{\"key\":" + h.wrongTypeFor("string")
                    + ",\"action\":\"add\",\"value\":1,\"reason\":\"r\"}"));
            case 3 -> new Attack("no reason", "POST", path, JSON, utf8("{" + good + h.pick(List.of("", ",\"reason\":\"\"",
                    ",\"reason\":\"   \"", ",\"reason\":null", ",\"reason\":\"" + "理".repeat(1001) + "\"")) + "}"));
            case 4 -> new Attack("impossible values", "POST", path, JSON, utf8(h.pick(List.of(
                    "{\"key\":\"publicity.events\",\"action\":\"correct\",\"value\":-1,\"reason\":\"r\"}",
                    "{\"key\":\"publicity.events\",\"action\":\"correct\",\"value\":1e400,\"reason\":\"r\"}",
                    "{\"key\":\"decision.legal_adviser\",\"action\":\"add\",\"value\":2,\"reason\":\"r\"}",
                    "{\"key\":\"decision.legality_review_rate\",\"action\":\"add\",\"value\":101,\"reason\":\"r\"}",
                    "{\"key\":\"publicity.events\",\"action\":\"remove\",\"value\":3,\"reason\":\"r\"}",
                    "{\"key\":\"publicity.events\",\"action\":\"add\",\"value\":3,\"reason\":\"r\"}",
                    "{\"key\":\"" + h.mixed(h.between(1, 90)) + "\",\"action\":\"add\",\"value\":3,\"reason\":\"r\"}",
                    "{\"key\":\"publicity.events\",\"action\":\"" + h.mixed(h.between(0, 20))
                            + "\",\"reason\":\"r\"}"))));
            case 5 -> new Attack("quote not in the report", "POST", path, JSON, utf8("{" + good + ",\"reason\":\"r\","
                    + "\"quote\":" + h.str(h.pick(List.of("", h.hanWithoutYear(h.between(1, 40)),
                            "法".repeat(h.between(2001, 3000)), "开展普法宣传活动80次"))) + "}"));
            case 6 -> new Attack("media type", "POST", path, h.pick(List.of("application/xml", "text/plain",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ";;;")),
                    utf8("{" + good + ",\"reason\":\"r\"}"));
            default -> new Attack("no such report", "POST", h.pick(List.of("/api/v1/indicators/4453/2022/corrections",
                    "/api/v1/indicators/999999999/2022/corrections", "/api/v1/indicators/511529105/1999/corrections",
                    "/api/v1/indicators/511529105/x/corrections", "/api/v1/indicators/511529105/2022/corrections/1")),
                    JSON, utf8("{" + good + ",\"reason\":\"r\"}"));
        };
    }

    private static Attack tooLarge(Hostile h) {
        if (h.chance(0.2)) {
            return new Attack("9 M-character string", "POST", PATH, JSON,
                    utf8("{\"text\":\"我镇。\",\"extra\":\"" + "x".repeat(9_000_000) + "\"}"));
        }
        return new Attack("text over 2 MB", "POST", PATH, JSON,
                utf8("{\"text\":\"" + "法".repeat(h.between(700_000, 1_200_000)) + "\"}"));
    }

    /** Quantities side by side with every separator the recognizer knows. */
    private static String numeralStorm(Hostile h) {
        StringBuilder b = new StringBuilder();
        int n = h.between(1, 20_000);
        for (int i = 0; i < n; i++) {
            b.append(h.pick(CRAFTED_CHINESE_NUMERALS)).append(h.pick(List.of("件", "人次", "场", "份", "、", "，", "余",
                    "多", "万", "", "%", "个", "名")));
        }
        return b.toString();
    }

    /** {@code text}'s UTF-8 with one to eight sequences no UTF-8 decoder may accept spliced in. */
    private static byte[] spliceInvalid(Hostile h, String text) {
        byte[] utf8 = utf8(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 32);
        int from = 0;
        for (int i = h.between(1, 8); i > 0; i--) {
            int at = Math.min(utf8.length, from + h.between(0, Math.max(0, utf8.length - from)));
            out.write(utf8, from, at - from);
            out.writeBytes(h.invalidUtf8());
            from = at;
        }
        out.write(utf8, from, utf8.length - from);
        return out.toByteArray();
    }
}
