package io.fazhi.dashboard.ranking;

import java.util.Locale;

/**
 * What an index does with an indicator a township's report does not state. A stated zero ("全年无一起行政复议") is
 * always a value, never missing.
 */
public enum MissingData {

    /**
     * Evidence-based credit, the convention of county assessments (未报告、无佐证不得分): an unstated {@code up} indicator
     * scores 0; an unstated {@code down} indicator (cases lost, decisions overturned) is left out of the township's
     * mean, since not stating a bad outcome is no evidence of a good one either. Every township that submitted is
     * ranked.
     */
    NO_CREDIT("nocredit"),
    /**
     * Median imputation (OECD/JRC handbook step 3): an unstated value is the median of the stated values of the
     * township's peer group (街道, or 镇/乡) in the area, or of the whole area where the group has fewer than three.
     * Every township that submitted is ranked.
     */
    IMPUTE("impute"),
    /**
     * Aggregation over available data (methodology 1.1): unstated indicators are left out and the weights of the
     * stated ones re-normalised; a township stating fewer than the coverage threshold is listed unranked.
     */
    AVAILABLE("available");

    private final String spelling;

    MissingData(String spelling) {
        this.spelling = spelling;
    }

    /** The query spelling: nocredit, impute, available. */
    public String spelling() {
        return spelling;
    }

    /** Reads a query spelling (case, '-' and '_' ignored); null when it names none. */
    public static MissingData parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (MissingData m : values()) {
            if (m.spelling.equals(t)) {
                return m;
            }
        }
        return null;
    }

    /** Whether every township that submitted is ranked, whatever it states. */
    boolean ranksEveryone() {
        return this != AVAILABLE;
    }
}
