package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.concat;
import static io.fazhi.hostile.Bytes.encodePath;
import static io.fazhi.hostile.Bytes.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * Requests to {@code POST /api/v1/reports} (submission-service), JSON and multipart, each built to be refused
 * whatever the parser makes of the rest: it names no real township, or no valid year, or cannot be read.
 */
public final class ReportAttacks {

    private ReportAttacks() {
    }

    /** A report body that is refused whatever the parser makes of the rest: it names no real township or year. */
    private static String poisonedReport(Hostile h, String text) {
        String title = h.chance(0.3) ? ",\"title\":" + h.str(h.chance(0.5) ? h.hanWithoutYear(h.between(1, 600))
                : h.mixed(h.between(1, 100))) : "";
        return switch (h.between(0, 4)) {
            case 0 -> "{\"townshipCode\":\"" + h.unknownCode() + "\",\"year\":2021" + title + ",\"text\":" + h.str(text) + "}";
            case 1 -> "{\"township\":" + h.str(h.unknownName()) + ",\"county\":\"郁南县\"" + title + ",\"text\":"
                    + h.str(text) + "}";
            case 2 -> "{\"townshipCode\":\"445322116\",\"year\":" + h.pick(List.of("1999", "1900", "0", "-1",
                    String.valueOf(Year.now().getValue() + 1))) + title + ",\"text\":" + h.str(text) + "}";
            case 3 -> "{\"townshipCode\":\"" + h.pick(List.of("44532211", "4453221160", "44532211X", "", " ", "４４５３２２１１６"))
                    + "\",\"year\":2021" + title + ",\"text\":" + h.str(text) + "}";
            default -> "{\"townshipCode\":\"445322116\",\"year\":2021,\"title\":" + h.str("法".repeat(501))
                    + ",\"text\":" + h.str(text) + "}";
        };
    }

    public static Attack reportJson(Hostile h) {
        String json = "application/json";
        return switch (h.between(0, 11)) {
            case 0 -> new Attack("random bytes", "POST", "/api/v1/reports", json, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("token soup", "POST", "/api/v1/reports", json, utf8(h.tokenSoup(h.between(1, 300))));
            case 2 -> new Attack("wrong types", "POST", "/api/v1/reports", json, utf8(wrongTypedReport(h)));
            case 3 -> {
                String deep = h.nested(h.tooDeep());
                yield new Attack("deep nesting", "POST", "/api/v1/reports", json, utf8(h.pick(List.of(deep,
                        "{\"townshipCode\":\"445322116\",\"year\":2021,\"text\":" + deep + "}",
                        "{\"extra\":" + deep + ",\"townshipCode\":\"445322116\",\"year\":2021,\"text\":\"我镇。\"}"))));
            }
            case 4 -> hugeReport(h);
            case 5 -> new Attack("invalid UTF-8", "POST", "/api/v1/reports", json,
                    h.corruptUtf8(poisonedReport(h, h.hanWithoutYear(h.between(1, 2000)))));
            case 6 -> new Attack("other encodings", "POST", "/api/v1/reports",
                    h.pick(List.of(json, "application/json;charset=GBK", "application/json;charset=UTF-16",
                            "application/json;charset=nonsense")),
                    encodedOtherwise(h, poisonedReport(h, h.hanWithoutYear(h.between(1, 500)))));
            case 7 -> new Attack("crafted numerals", "POST", "/api/v1/reports", json, utf8(craftedNumerals(h)));
            case 8 -> new Attack("hard text", "POST", "/api/v1/reports", json, utf8(poisonedReport(h, h.hardText(false))));
            case 9 -> new Attack("structure", "POST", "/api/v1/reports", json, utf8(h.pick(List.of("", "null", "[]",
                    "\"text\"", "2021", "true", "{", "}", "{}", "{\"text\":\"a\",\"text\":{}}",
                    "{'text':'我镇'}", "{text:\"我镇\"}", "/* c */{\"text\":\"x\"}", "{\"text\":\"x\"}//",
                    "{\"text\":\"x\"} {\"text\":\"y\"}", "{\"text\":\"x\",}", "[{\"text\":\"x\"}]",
                    "{\"text\":\"\\u0000\",\"year\":2021,\"townshipCode\":\"445322116\"}",
                    "{\"text\":\"\\ud800\\udc00\\udfff\",\"townshipCode\":\"" + h.unknownCode() + "\"}",
                    "{\"text\":\"" + "\\\\".repeat(h.between(1, 10_000)) + "\",\"year\":1999}"))));
            case 10 -> new Attack("media type", "POST", "/api/v1/reports",
                    h.pick(List.of("application/xml", "text/plain", "application/x-www-form-urlencoded",
                            "application/json-patch+json", "*/*", "application/", "json", ";;;", "a/b;c=\"")),
                    utf8(poisonedReport(h, "我镇法治政府建设。")));
            default -> new Attack("mixed characters", "POST", "/api/v1/reports", json,
                    utf8(poisonedReport(h, h.mixed(h.between(1, 20_000)))));
        };
    }

    private static String wrongTypedReport(Hostile h) {
        String code = h.chance(0.5) ? h.wrongTypeFor("string") : "\"445322116\"";
        String year = h.wrongTypeFor("int");
        String text = h.chance(0.5) ? h.wrongTypeFor("string") : "\"我镇开展普法宣传。\"";
        String township = h.chance(0.3) ? h.wrongTypeFor("string") : "\"历洞镇\"";
        return "{\"townshipCode\":" + code + ",\"township\":" + township + ",\"year\":" + year + ",\"text\":" + text
                + "}";
    }

    private static Attack hugeReport(Hostile h) {
        int kind = h.between(0, 19);
        String body;
        String what;
        if (kind == 0) {
            // past the 8 M characters a JSON string may have, in a field the report does not know
            what = "9 M-character string";
            body = "{\"townshipCode\":\"" + h.unknownCode() + "\",\"text\":\"我镇。\",\"extra\":\"" + "x".repeat(9_000_000) + "\"}";
        } else if (kind < 8) {
            what = "text over 2 MB";
            body = "{\"townshipCode\":\"445322116\",\"year\":2021,\"text\":\"" + "法".repeat(h.between(700_000, 1_200_000)) + "\"}";
        } else if (kind < 14) {
            what = "long numerals";
            body = "{\"townshipCode\":\"" + h.unknownCode() + "\",\"year\":" + "2".repeat(h.between(101, 100_000))
                    + ",\"text\":\"x\"}";
        } else {
            what = "many fields";
            StringBuilder b = new StringBuilder("{\"townshipCode\":\"" + h.unknownCode() + "\",\"text\":\"我镇\"");
            int fields = h.between(1_000, 50_000);
            for (int i = 0; i < fields; i++) {
                b.append(",\"f").append(i).append("\":").append(i);
            }
            body = b.append('}').toString();
        }
        return new Attack(what, "POST", "/api/v1/reports", "application/json", utf8(body));
    }

    static byte[] encodedOtherwise(Hostile h, String json) {
        return switch (h.between(0, 3)) {
            case 0 -> h.otherEncoding(json);
            case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json));
            case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE));
            default -> concat(utf8(json.substring(0, json.length() / 2)),
                    json.substring(json.length() / 2).getBytes(Hostile.GB18030));
        };
    }

    private static String craftedNumerals(Hostile h) {
        String numeral = h.pick(Hostile.CRAFTED_NUMERALS);
        return switch (h.between(0, 3)) {
            case 0 -> "{\"townshipCode\":\"445322116\",\"year\":" + numeral + ",\"text\":\"我镇开展普法宣传。\"}";
            case 1 -> "{\"townshipCode\":\"445322116\",\"year\":" + h.str(h.pick(Hostile.NUMERAL_STRINGS))
                    + ",\"text\":\"我镇。\"}";
            case 2 -> "{\"townshipCode\":" + numeral + ",\"year\":2021,\"text\":\"我镇。\"}";
            default -> "{\"townshipCode\":\"" + h.unknownCode() + "\",\"text\":" + h.str(h.pick(Hostile.NUMERAL_STRINGS)
                    + "年度法治政府建设报告\n发放资料" + numeral + "份") + "}";
        };
    }

    // ---- POST /api/v1/reports, multipart/form-data -------------------------------------------------------------

    public static Attack reportUpload(Hostile h, Documents documents) {
        String boundary = "----fuzz" + h.between(0, Integer.MAX_VALUE - 1);
        String contentType = "multipart/form-data; boundary=" + boundary;
        Form form = new Form(boundary);
        String what;
        switch (h.between(0, 9)) {
            case 0 -> {
                what = "random bytes";
                return new Attack(what, "POST", "/api/v1/reports", contentType, h.bytes(h.between(0, 8192)));
            }
            case 1 -> {
                what = "broken framing";
                poisonFields(h, form);
                form.file("file", "report.txt", "text/plain", utf8(h.hanWithoutYear(200)));
                byte[] whole = form.close();
                byte[] broken = switch (h.between(0, 4)) {
                    case 0 -> Arrays.copyOf(whole, h.between(0, whole.length - 1));
                    case 1 -> new String(whole, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
                    case 2 -> new String(whole, StandardCharsets.ISO_8859_1).replace(boundary, boundary + "x").getBytes(StandardCharsets.ISO_8859_1);
                    case 3 -> concat(h.bytes(h.between(1, 100)), whole);
                    default -> new String(whole, StandardCharsets.ISO_8859_1).replace("Content-Disposition", "Content-Dispositio")
                            .getBytes(StandardCharsets.ISO_8859_1);
                };
                return new Attack(what, "POST", "/api/v1/reports", contentType, broken);
            }
            case 2 -> {
                what = "content type without a usable boundary";
                poisonFields(h, form);
                form.file("file", "report.txt", "text/plain", utf8(h.hanWithoutYear(100)));
                return new Attack(what, "POST", "/api/v1/reports", h.pick(List.of("multipart/form-data",
                        "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
                        "multipart/form-data; boundary=" + "b".repeat(200), "multipart/mixed; boundary=" + boundary,
                        "multipart/form-data; boundary=other; boundary=" + boundary)), form.close());
            }
            case 3 -> {
                what = "random file content";
                poisonFields(h, form);
                form.file("file", h.pick(List.of("r.txt", "r.pdf", "r.docx", "r.doc", "r.exe", "r", "r.TXT", "r.txt.pdf")),
                        h.pick(List.of("text/plain", "application/pdf", "application/octet-stream", "image/png", "")),
                        h.bytes(h.between(0, 20_000)));
            }
            case 4 -> {
                what = "damaged document";
                poisonFields(h, form);
                form.file("file", h.pick(List.of("r.pdf", "r.docx", "r.txt")), "application/octet-stream",
                        damagedDocument(h, documents));
            }
            case 5 -> {
                what = "text in another encoding";
                optionalUnknownCode(h, form);
                String text = h.hardText(true);
                byte[] file = switch (h.between(0, 2)) {
                    case 0 -> h.otherEncoding(text);
                    case 1 -> h.corruptUtf8(text);
                    default -> utf8(text);
                };
                form.file("file", "report.txt", "text/plain", file);
            }
            case 6 -> {
                what = "hostile file name";
                poisonFields(h, form);
                form.file("file", h.pick(List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/abs/path.txt",
                        "a\u0000b.txt", "\u202Etxt.exe", "....", ".", "", "CON.txt", "名".repeat(3000) + ".txt",
                        "a%2F..%2Fb.txt", "x\"; name=\"year.txt", "=?UTF-8?B?5oql5ZGK?=.txt", "\u00A0.txt", "nul.")),
                        "text/plain", utf8(h.hanWithoutYear(100)));
            }
            case 7 -> {
                what = "hostile form fields";
                form.field("townshipCode", h.pick(List.of(h.unknownCode(), "44532211X", "x".repeat(20_000))));
                form.field("year", h.pick(Hostile.NUMERAL_STRINGS.subList(0, 13)));
                form.rawField(h.pick(List.of("township", "county", "title")), h.corruptUtf8(h.mixed(h.between(1, 3_000))));
                if (h.chance(0.3)) {
                    form.field("title", "法".repeat(h.between(501, 5_000)));
                }
                form.file("file", "report.txt", "text/plain", utf8(h.hanWithoutYear(50)));
            }
            case 8 -> {
                what = "parts out of place";
                poisonFields(h, form);
                switch (h.between(0, 3)) {
                    case 0 -> form.field("file", h.hanWithoutYear(100));
                    case 1 -> {
                        form.file("file", "a.txt", "text/plain", utf8(h.hanWithoutYear(20)));
                        form.file("file", "b.txt", "text/plain", utf8(h.hanWithoutYear(20)));
                    }
                    case 2 -> form.file("year", "year.txt", "text/plain", utf8("2021"));
                    default -> {
                        for (int i = 0; i < h.between(1, 300); i++) {
                            form.field("f" + i, "v");
                        }
                    }
                }
            }
            default -> {
                what = "numerals in fields";
                form.field("townshipCode", h.pick(Hostile.CRAFTED_NUMERALS));
                form.field("year", h.pick(Hostile.CRAFTED_NUMERALS));
                form.file("file", "report.txt", "text/plain", utf8(h.hanWithoutYear(50)));
            }
        }
        return new Attack(what, "POST", "/api/v1/reports", contentType, form.close());
    }

    /** Fields that make the upload a refusal whatever the file holds. */
    private static void poisonFields(Hostile h, Form form) {
        switch (h.between(0, 2)) {
            case 0 -> form.field("townshipCode", h.unknownCode());
            case 1 -> form.field("year", h.pick(List.of("1999", "abc", "2021.5", "99999999999", "-1")));
            default -> {
                form.field("township", h.unknownName());
                form.field("county", "郁南县");
            }
        }
    }

    /** Either an unknown township code or nothing: the file itself names no township and no year. */
    private static void optionalUnknownCode(Hostile h, Form form) {
        if (h.chance(0.5)) {
            form.field("townshipCode", h.unknownCode());
        }
    }

    private static byte[] damagedDocument(Hostile h, Documents documents) {
        return switch (h.between(0, 5)) {
            case 0 -> concat(utf8("%PDF-1." + h.between(0, 9) + "\n"), h.bytes(h.between(0, 5_000)));
            case 1 -> concat(new byte[] {'P', 'K', 3, 4}, h.bytes(h.between(0, 5_000)));
            case 2 -> {
                byte[] docx = documents.docx("Zq镇人民政府\n" + h.hanWithoutYear(200), List.of());
                yield Arrays.copyOf(docx, h.between(1, docx.length));
            }
            case 3 -> {
                byte[] pdf = documents.pdf("Zq镇人民政府\n" + h.hanWithoutYear(100));
                yield Arrays.copyOf(pdf, h.between(1, pdf.length));
            }
            case 4 -> {
                byte[] docx = documents.docx("Zq镇人民政府\n" + h.hanWithoutYear(200), List.of());
                for (int i = 0; i < h.between(1, 20); i++) {
                    docx[h.between(0, docx.length - 1)] = (byte) h.between(0, 255);
                }
                yield docx;
            }
            default -> documents.docx("Zq镇人民政府\n" + h.hanWithoutYear(500),
                    List.of("项目|数量", "Zq|" + h.pick(Hostile.CRAFTED_NUMERALS)));
        };
    }
}
