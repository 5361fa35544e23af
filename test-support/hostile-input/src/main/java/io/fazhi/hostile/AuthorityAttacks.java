package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.utf8;

import java.util.List;

/**
 * Well-formed writes by callers who may not make them: a township office submitting for another township, a county
 * office acting outside its area, anyone without a token. Each must be refused (403 or 401) and store nothing.
 */
public final class AuthorityAttacks {

    /** Townships outside county 445322 (and outside 4453), in the bundled registry. */
    private static final List<String> ELSEWHERE = List.of("610703113", "120119105", "500230124", "411523101");
    private static final String TEXT = "全年开展普法宣传活动12场次，发放宣传资料3000余份，化解矛盾纠纷36件。";

    private AuthorityAttacks() {
    }

    /** Writes a township office of 445322116 or a county office of 4453 must not make. */
    public static Attack outsideTheirScope(Hostile h) {
        String other = h.pick(ELSEWHERE);
        return switch (h.between(0, 4)) {
            case 0 -> new Attack("report for another township", "POST", "/api/v1/reports", "application/json",
                    utf8("{\"townshipCode\":\"" + other + "\",\"year\":" + h.between(2019, 2023) + ",\"text\":\"" + TEXT + "\"}"));
            case 1 -> new Attack("registry change elsewhere", "PUT", "/api/v1/townships/" + other, "application/json",
                    utf8("{\"name\":\"新名镇\"}"));
            case 2 -> new Attack("deadline elsewhere", "PUT", "/api/v1/deadlines/" + other.substring(0, 6) + "/2022",
                    "application/json", utf8("{\"dueDate\":\"2023-03-01\"}"));
            case 3 -> new Attack("township added elsewhere", "POST", "/api/v1/townships", "application/json",
                    utf8("{\"code\":\"" + other.substring(0, 6) + "9" + h.between(10, 99) + "\",\"name\":\"新设镇\"}"));
            default -> new Attack("another township's text", "GET", "/api/v1/reports?area=" + other.substring(0, 6), null,
                    new byte[0]);
        };
    }

    /** Re-extraction outside county 4453 (for its administrator) or at all (for a township office). */
    public static Attack reextractionElsewhere(Hostile h) {
        return new Attack("re-extraction elsewhere", "POST", "/api/v1/admin/reextractions?area="
                + h.pick(List.of("61", "6107", "610703", "12", "50", "41", "")).replaceAll("^$", "11"), null, new byte[0]);
    }
}
