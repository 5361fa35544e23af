package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.concat;
import static io.fazhi.hostile.Bytes.encodePath;
import static io.fazhi.hostile.Bytes.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * Requests to the registry and deadline endpoints of submission-service ({@code POST /api/v1/townships},
 * {@code PUT /api/v1/townships/{code}}, {@code PUT /api/v1/deadlines/{area}/{year}}), each built to be refused.
 */
public final class RegistryAttacks {

    private RegistryAttacks() {
    }

    public static Attack townshipAddition(Hostile h) {
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
            default -> new Attack("other encodings", "POST", "/api/v1/townships", json, ReportAttacks.encodedOtherwise(h,
                    "{\"code\":\"" + h.unknownCode().substring(0, 9) + "\",\"name\":\"新镇\"}"));
        };
    }

    public static Attack townshipRename(Hostile h) {
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

    public static Attack deadline(Hostile h) {
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
                    ReportAttacks.encodedOtherwise(h, "{\"dueDate\":\"2020-03-01\"}"));
            default -> new Attack("structure", "PUT", path, h.pick(List.of(json, "application/xml")),
                    utf8(h.pick(List.of("", "null", "[]", "\"2020-03-01\"", "{\"dueDate\":\"2020-03-01\"",
                            "{\"dueDate\":\"2020-03-01\",\"dueDate\":\"x\"}", "{\"dueDate\":\"2020-03-01\"} x"))));
        };
    }

    /**
     * {@code POST /api/v1/locks/{area}/{year}} and {@code .../unlock}: reasons too long, bodies that are not a
     * decision, areas and years that name nothing, unlocks without a reason or of a year nobody locked. None may lock.
     */
    public static Attack lock(Hostile h) {
        String json = "application/json";
        String path = "/api/v1/locks/" + h.pick(List.of("44", "4453", "445322", "445322116")) + "/2018";
        String badPath = "/api/v1/locks/" + encodePath(h.pick(List.of("4", "445", "44532", "4453221", "44532211",
                "4453221160", "xx", "４４", "44 ", "", h.mixed(5)))) + "/" + encodePath(h.pick(List.of("2018", "1999",
                "2101", "-1", "abc", "2018.0", "99999999999", "２０１８"))) + h.pick(List.of("", "/unlock"));
        String tooLong = "{\"reason\":\"" + "理".repeat(h.between(1001, 3000)) + "\"}";
        return switch (h.between(0, 7)) {
            case 0 -> new Attack("reason too long", "POST", path + h.pick(List.of("", "/unlock")), json, utf8(tooLong));
            case 1 -> new Attack("invalid path", "POST", badPath, json, utf8("{\"reason\":\"发布\"}"));
            case 2 -> new Attack("unlock without a reason", "POST", path + "/unlock", json, utf8(h.pick(List.of("{}",
                    "{\"reason\":\"\"}", "{\"reason\":\"   \"}", "{\"reason\":null}", "null"))));
            case 3 -> new Attack("unlock of a year nobody locked", "POST", path + "/unlock", json,
                    utf8("{\"reason\":\"" + h.hanWithoutYear(h.between(1, 40)) + "\"}"));
            case 4 -> new Attack("deep nesting", "POST", path, json, utf8("{\"reason\":\"x\",\"x\":"
                    + h.nested(h.tooDeep()) + "}"));
            case 5 -> new Attack("invalid UTF-8", "POST", path, json, h.corruptUtf8("{\"reason\":\"发布" + h.between(1, 9)
                    + "\"}"));
            case 6 -> new Attack("media type", "POST", path, h.pick(List.of("application/xml", "text/plain",
                    "application/x-www-form-urlencoded", ";;;")), utf8("{\"reason\":\"发布\"}"));
            default -> new Attack("structure", "POST", path, json, utf8(h.pick(List.of("[]", "\"发布\"",
                    "{\"reason\":\"发布\"", "{\"reason\":\"发布\"} x", "[{\"reason\":\"发布\"}]"))));
        };
    }
}
