package io.fazhi.dashboard.ranking;

/**
 * The peer group a township is compared within when asked: 街道 (urban sub-districts) or 乡镇 (towns and townships),
 * from the registry's kind; any other kind (开发区, 农场, …) is a group of its own.
 */
public final class PeerGroup {

    public static final String SUBDISTRICT = "街道";
    public static final String TOWN = "乡镇";
    public static final String OTHER = "其他";

    private PeerGroup() {
    }

    public static String ofKind(String kind) {
        if (kind == null) {
            return OTHER;
        }
        return switch (kind) {
            case "街道" -> SUBDISTRICT;
            case "镇", "乡" -> TOWN;
            default -> OTHER;
        };
    }

    /** The kind the national rules give to township digits 7-9: 001-099 街道, 1xx 镇, 2xx-3xx 乡, else other. */
    public static String kindOfCode(String code) {
        if (code == null || code.length() != 9) {
            return "other";
        }
        int n = Integer.parseInt(code.substring(6));
        return n < 100 ? "街道" : n < 200 ? "镇" : n < 400 ? "乡" : "other";
    }
}
