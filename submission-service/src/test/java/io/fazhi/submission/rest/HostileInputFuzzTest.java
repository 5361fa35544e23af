package io.fazhi.submission.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.submission.intake.TestDocuments;
import io.fazhi.submission.repository.StoreDigest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A generated suite of malformed requests against every write endpoint, sent as an administrator of the whole
 * country so that each one gets past authorization into parsing and validation. Every request is built to be
 * refused (a township no registry has, a year out of range, a body that cannot be read); every answer must be a
 * 4xx {@code application/problem+json}, never a 5xx, and the store must be byte for byte what it was. The seed of
 * each endpoint is fixed: a failure names the case number that reproduces it.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputFuzzTest {

    static final int CASES_PER_ENDPOINT = 1_200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The write endpoints, each with its seed and its generator of hostile requests. */
    enum Endpoint {
        SUBMIT_JSON(0x5EED_0001L, HostileInputFuzzTest::reportJson),
        SUBMIT_MULTIPART(0x5EED_0002L, HostileInputFuzzTest::reportUpload),
        ADD_TOWNSHIP(0x5EED_0003L, HostileInputFuzzTest::townshipAddition),
        RENAME_TOWNSHIP(0x5EED_0004L, HostileInputFuzzTest::townshipRename),
        SET_DEADLINE(0x5EED_0005L, HostileInputFuzzTest::deadline);

        final long seed;
        final Function<Hostile, Attack> generator;

        Endpoint(long seed, Function<Hostile, Attack> generator) {
            this.seed = seed;
            this.generator = generator;
        }
    }

    /** One hostile request: what it tries, and its bytes. */
    record Attack(String what, String method, String path, String contentType, byte[] body) {
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    StoreDigest store;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void answersEveryMalformedRequestWith4xxProblemAndStoresNothing(Endpoint endpoint) throws Exception {
        StoreDigest.Snapshot before = store.take();
        Hostile hostile = new Hostile(new Random(endpoint.seed));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, long[]> millis = new TreeMap<>();
        for (int i = 0; i < CASES_PER_ENDPOINT; i++) {
            Attack attack = endpoint.generator.apply(hostile);
            long started = System.nanoTime();
            String failure = send(attack, statuses);
            long[] spent = millis.computeIfAbsent(attack.what(), k -> new long[3]);
            long ms = (System.nanoTime() - started) / 1_000_000;
            spent[0]++;
            spent[1] += ms;
            spent[2] = Math.max(spent[2], ms);
            if (failure != null && failures.size() < 25) {
                failures.add("case " + i + " (" + attack.what() + ", " + attack.body().length + " bytes): " + failure);
            }
        }
        System.out.printf("fuzz %s: %d requests, statuses %s%n", endpoint, CASES_PER_ENDPOINT, statuses);
        millis.forEach((what, spent) -> System.out.printf("fuzz %s   %-45s %4d requests, %6d ms in all, %5d ms at most%n",
                endpoint, what, spent[0], spent[1], spent[2]));

        assertThat(failures).as("requests not answered with a 4xx problem").isEmpty();
        assertThat(store.take()).as("the store after %d hostile requests", CASES_PER_ENDPOINT).isEqualTo(before);
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(base.toURI().resolve("/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
    }

    private String send(Attack attack, Map<Integer, Integer> statuses) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(attack.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", Tokens.bearer(Tokens.countryAdmin()))
                .method(attack.method(), HttpRequest.BodyPublishers.ofByteArray(attack.body()));
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return "no answer: " + e;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status < 400 || status > 499) {
            return "status " + status + ": " + preview(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " with Content-Type '" + type + "': " + preview(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "problem without matching status and title: " + preview(response.body());
            }
        } catch (IOException e) {
            return "unreadable problem: " + preview(response.body());
        }
        return null;
    }

    private static String preview(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---- POST /api/v1/reports, application/json ----------------------------------------------------------------

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

    static Attack reportJson(Hostile h) {
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

    private static byte[] encodedOtherwise(Hostile h, String json) {
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

    static Attack reportUpload(Hostile h) {
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
                    case 0 -> java.util.Arrays.copyOf(whole, h.between(0, whole.length - 1));
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
                form.file("file", h.pick(List.of("r.pdf", "r.docx", "r.txt")), "application/octet-stream", damagedDocument(h));
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

    private static byte[] damagedDocument(Hostile h) {
        return switch (h.between(0, 5)) {
            case 0 -> concat(utf8("%PDF-1." + h.between(0, 9) + "\n"), h.bytes(h.between(0, 5_000)));
            case 1 -> concat(new byte[] {'P', 'K', 3, 4}, h.bytes(h.between(0, 5_000)));
            case 2 -> {
                byte[] docx = TestDocuments.docx("Zq镇人民政府\n" + h.hanWithoutYear(200), List.of());
                yield java.util.Arrays.copyOf(docx, h.between(1, docx.length));
            }
            case 3 -> {
                byte[] pdf = TestDocuments.pdf("Zq镇人民政府\n" + h.hanWithoutYear(100));
                yield java.util.Arrays.copyOf(pdf, h.between(1, pdf.length));
            }
            case 4 -> {
                byte[] docx = TestDocuments.docx("Zq镇人民政府\n" + h.hanWithoutYear(200), List.of());
                for (int i = 0; i < h.between(1, 20); i++) {
                    docx[h.between(0, docx.length - 1)] = (byte) h.between(0, 255);
                }
                yield docx;
            }
            default -> TestDocuments.docx("Zq镇人民政府\n" + h.hanWithoutYear(500),
                    List.of("项目|数量", "Zq|" + h.pick(Hostile.CRAFTED_NUMERALS)));
        };
    }

    // ---- POST /api/v1/townships, PUT /api/v1/townships/{code} ----------------------------------------------------

    static Attack townshipAddition(Hostile h) {
        String json = "application/json";
        return switch (h.between(0, 8)) {
            case 0 -> new Attack("random bytes", "POST", "/api/v1/townships", json, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("token soup", "POST", "/api/v1/townships", json, utf8(h.tokenSoup(h.between(1, 200))));
            case 2 -> new Attack("unknown county", "POST", "/api/v1/townships", json, utf8("{\"code\":\""
                    + h.unknownCode().substring(0, 9) + "\",\"name\":" + h.str(h.pick(List.of(h.hanWithoutYear(5) + "镇",
                            h.mixed(h.between(1, 120)), "新镇"))) + optionalUnitFields(h) + "}"));
            case 3 -> new Attack("invalid fields", "POST", "/api/v1/townships", json, utf8("{\"code\":"
                    + h.pick(List.of("\"44532299\"", "\"4453229990\"", "\"44532299X\"", "null", "445322999", "\"\"",
                            "\"４４５３２２９９９\"", "[\"445322999\"]")) + ",\"name\":\"新镇\"}"));
            case 4 -> new Attack("invalid name", "POST", "/api/v1/townships", json, utf8("{\"code\":\"445322999\",\"name\":"
                    + invalidName(h) + optionalUnitFields(h) + "}"));
            case 5 -> new Attack("deep nesting", "POST", "/api/v1/townships", json, utf8("{\"code\":\"445322999\",\"name\":\"新镇\","
                    + "\"note\":" + h.nested(h.tooDeep()) + "}"));
            case 6 -> new Attack("invalid UTF-8", "POST", "/api/v1/townships", json,
                    h.corruptUtf8("{\"code\":\"" + h.unknownCode().substring(0, 9) + "\",\"name\":\"新镇\",\"note\":\"批复\"}"));
            case 7 -> new Attack("wrong types", "POST", "/api/v1/townships", json, utf8("{\"code\":\"" + h.unknownCode().substring(0, 9)
                    + "\",\"name\":" + h.wrongTypeFor("string") + ",\"validFrom\":" + h.wrongTypeFor("date") + "}"));
            default -> new Attack("other encodings", "POST", "/api/v1/townships", json, encodedOtherwise(h,
                    "{\"code\":\"" + h.unknownCode().substring(0, 9) + "\",\"name\":\"新镇\"}"));
        };
    }

    static Attack townshipRename(Hostile h) {
        String json = "application/json";
        String real = h.pick(List.of("445322116", "610703113", "120119105", "500230124"));
        String unknownPath = "/api/v1/townships/" + h.unknownCode().substring(0, 9);
        return switch (h.between(0, 8)) {
            case 0 -> new Attack("random bytes", "PUT", "/api/v1/townships/" + real, json, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("invalid name", "PUT", "/api/v1/townships/" + real, json,
                    utf8("{\"name\":" + invalidName(h) + optionalUnitFields(h) + "}"));
            case 2 -> new Attack("invalid other fields", "PUT", "/api/v1/townships/" + real, json, utf8("{\"name\":\"新名镇\","
                    + h.pick(List.of("\"kind\":\"村\"", "\"kind\":\"\"", "\"code\":\"1\"", "\"note\":" + h.str("注".repeat(501)),
                            "\"validFrom\":" + h.wrongTypeFor("date"), "\"note\":\"a\\u0000b\"")) + "}"));
            case 3 -> new Attack("unknown unit", "PUT", unknownPath, json,
                    utf8("{\"name\":" + h.str(h.pick(List.of("新名镇", h.mixed(h.between(1, 100))))) + optionalUnitFields(h) + "}"));
            case 4 -> new Attack("invalid path", "PUT", "/api/v1/townships/" + encodePath(h.pick(List.of("44532211",
                    "4453221160", "abc", "４４５３２２１１６", "445322116 ", "%00", "445322116;x", "..", "445322116/../610703113",
                    "9".repeat(500), h.mixed(20)))), json, utf8("{\"name\":\"新名镇\"}"));
            case 5 -> new Attack("deep nesting", "PUT", "/api/v1/townships/" + real, json,
                    utf8("{\"name\":\"新名镇\",\"x\":" + h.nested(h.tooDeep()) + "}"));
            case 6 -> new Attack("invalid UTF-8", "PUT", unknownPath, json, h.corruptUtf8("{\"name\":\"新名镇\"}"));
            case 7 -> new Attack("wrong types", "PUT", "/api/v1/townships/" + real, json,
                    utf8("{\"name\":" + h.wrongTypeFor("string") + "}"));
            default -> new Attack("structure", "PUT", "/api/v1/townships/" + real, h.pick(List.of(json, "text/plain")),
                    utf8(h.pick(List.of("", "null", "[]", "\"新名镇\"", "{}", "{\"name\":null}", "{\"name\":\"新名镇\"",
                            "{\"name\":\"新名镇\"}}", "{\"name\":\"\"}"))));
        };
    }

    /** A unit name that must be refused: blank, too long, control or format characters, no letters at all. */
    private static String invalidName(Hostile h) {
        return h.pick(List.of("null", "\"\"", "\" \"", "\"\\u3000\\u3000\"", "\"\\u00a0\"", "\"\\u00a0\\u2007\"",
                "\"" + "镇".repeat(101) + "\"", "\"新\\u0000镇\"", "\"新\\n镇\"", "\"新\\u200b镇\"", "\"\\u202e镇新\"",
                "\"123\"", "\"·\"", "12", "true", "[\"新镇\"]", "{\"name\":\"新镇\"}", "\"\\u0007\""));
    }

    /** Sometimes kind, validFrom and note; valid or not, they do not rescue the request. */
    private static String optionalUnitFields(Hostile h) {
        StringBuilder b = new StringBuilder();
        if (h.chance(0.3)) {
            b.append(",\"kind\":").append(h.pick(List.of("\"镇\"", "\"乡\"", "\"x\"", "1", "null")));
        }
        if (h.chance(0.3)) {
            b.append(",\"validFrom\":").append(h.pick(List.of("\"2024-01-01\"", "\"2024-02-30\"", "\"yesterday\"", "20240101")));
        }
        if (h.chance(0.3)) {
            b.append(",\"note\":").append(h.str(h.mixed(h.between(1, 600))));
        }
        return b.toString();
    }

    // ---- PUT /api/v1/deadlines/{area}/{year} -------------------------------------------------------------------

    static Attack deadline(Hostile h) {
        String json = "application/json";
        String path = "/api/v1/deadlines/" + h.pick(List.of("44", "4453", "445322", "445322116")) + "/2019";
        String badPath = "/api/v1/deadlines/" + encodePath(h.pick(List.of("4", "445", "44532", "4453221", "44532211",
                "4453221160", "xx", "４４", "44 ", "", h.mixed(5)))) + "/" + encodePath(h.pick(List.of("2019", "1999",
                "2101", "-1", "abc", "2019.0", "99999999999", "２０１９", "0x7E3")));
        return switch (h.between(0, 9)) {
            case 0 -> new Attack("random bytes", "PUT", path, json, h.bytes(h.between(0, 4096)));
            case 1 -> new Attack("token soup", "PUT", path, json, utf8(h.tokenSoup(h.between(1, 200))));
            case 2 -> new Attack("invalid dates", "PUT", path, json, utf8("{\"dueDate\":" + h.wrongTypeFor("date")
                    + (h.chance(0.5) ? ",\"publishBy\":" + h.wrongTypeFor("date") : "") + "}"));
            case 3 -> new Attack("dates out of order", "PUT", path, json, utf8(h.pick(List.of(
                    "{\"dueDate\":\"2020-03-01\",\"publishBy\":\"2020-02-28\"}", "{\"dueDate\":\"2018-12-31\"}",
                    "{\"dueDate\":\"0001-01-01\"}", "{\"dueDate\":\"-999999999-01-01\"}", "{\"publishBy\":\"2020-04-01\"}",
                    "{\"dueDate\":null}", "{}", "{\"dueDate\":\"2020-03-01\",\"publishBy\":\"1970-01-01\"}"))));
            case 4 -> new Attack("invalid path", "PUT", badPath, json, utf8("{\"dueDate\":\"2020-03-01\"}"));
            case 5 -> new Attack("numbers and arrays for dates on an invalid path", "PUT", badPath, json,
                    utf8("{\"dueDate\":" + h.pick(List.of("[2020,3,1]", "20200301", "18322", "[2020,2,30]", "1e10"))
                            + ",\"publishBy\":" + h.pick(Hostile.CRAFTED_NUMERALS) + "}"));
            case 6 -> new Attack("deep nesting", "PUT", path, json, utf8("{\"dueDate\":\"2020-03-01\",\"x\":"
                    + h.nested(h.tooDeep()) + "}"));
            case 7 -> new Attack("invalid UTF-8", "PUT", path, json, h.corruptUtf8("{\"dueDate\":\"2020-03-0"
                    + h.between(1, 9) + "\"}"));
            case 8 -> new Attack("other encodings", "PUT", badPath,
                    h.pick(List.of(json, "application/json;charset=UTF-16", "text/plain")),
                    encodedOtherwise(h, "{\"dueDate\":\"2020-03-01\"}"));
            default -> new Attack("structure", "PUT", path, h.pick(List.of(json, "application/xml")),
                    utf8(h.pick(List.of("", "null", "[]", "\"2020-03-01\"", "{\"dueDate\":\"2020-03-01\"",
                            "{\"dueDate\":\"2020-03-01\",\"dueDate\":\"x\"}", "{\"dueDate\":\"2020-03-01\"} x"))));
        };
    }

    // ---- bytes -------------------------------------------------------------------------------------------------

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A multipart/form-data body written by hand, so that any part of it can be wrong. */
    static final class Form {
        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form(String boundary) {
            this.boundary = boundary;
        }

        void field(String name, String value) {
            rawField(name, utf8(value));
        }

        void rawField(String name, byte[] value) {
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
            out.writeBytes(value);
            out.writeBytes(utf8("\r\n"));
        }

        void file(String name, String filename, String contentType, byte[] content) {
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + filename + "\"\r\n" + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n"));
            out.writeBytes(content);
            out.writeBytes(utf8("\r\n"));
        }

        byte[] close() {
            out.writeBytes(utf8("--" + boundary + "--\r\n"));
            return out.toByteArray();
        }
    }
}
