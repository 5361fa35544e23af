package io.fazhi.indicator.extraction;

import java.util.Map;

/**
 * What a key, or an indicator value made of several mentions, rests on. The engine's confidence is the share of keys
 * (values) on this basis that were right on the labelled real reports, read from the catalog's {@code lexicon.confidence}
 * table (fitted, cross-validated and rewritten by {@code ConfidenceCalibration}), with entries of their own for keys on
 * a reading-rule boundary ({@code basis@boundary}); the defaults here are the priors used before any fitting.
 */
public enum Basis {
    /** A cue of three or more chars right beside the number (审查合同45份, 开展法治培训10场次). */
    SPECIFIC_CUE_BESIDE("specific-cue-beside", 0.95),
    /** A one- or two-char cue right beside the number (咨询20次, 检查369次). */
    SHORT_CUE_BESIDE("short-cue-beside", 0.85),
    /** A cue farther away in the number's clause. */
    CUE_IN_CLAUSE("cue-in-clause", 0.8),
    /** A cue in a later clause, for indicators that allow it (执法人员11名，均取得执法证). */
    CUE_IN_LATER_CLAUSE("cue-in-later-clause", 0.6),
    /** The cue of another indicator almost as near. */
    RIVAL_CUE("rival-cue", 0.6),
    /** A weak cue (中心组, 党委会) with a law topic beside it (reading rule 7). */
    WEAK_CUE_WITH_LAW_TOPIC("weak-cue-law-topic", 0.8),
    /** A reading rule overrode the cue (rule 7: 集中学法 is training; rule 8: whose people were reached). */
    READING_RULE("reading-rule", 0.8),
    /** A catalog pattern names the counted noun (全镇13个村). */
    PATTERN("pattern", 0.9),
    /** A zero statement governing the indicator's noun (无一起行政复议). */
    ZERO_STATEMENT("zero-statement", 0.95),
    /** An indicator value: a stated total with its parts, or the sum of parts, in one passage (rule 6). */
    VALUE_PARTS("value-parts", 0.85),
    /** An indicator value summed over several passages, which may restate one another. */
    VALUE_PASSAGES("value-passages", 0.8);

    private final String code;
    private final double prior;

    Basis(String code, double prior) {
        this.code = code;
        this.prior = prior;
    }

    public String code() {
        return code;
    }

    /** The suffix of the table entry of this basis for keys on a reading-rule boundary ({@link Lexicon#onBoundary}). */
    public static final String ON_BOUNDARY = "@boundary";

    /** The confidence of a key on this basis: the catalog's fitted figure, else the prior. */
    double confidence(Map<String, Double> table) {
        return table.getOrDefault(code, prior);
    }

    /**
     * The confidence of a key on this basis when the key is on a reading-rule boundary: its own fitted figure
     * ({@code code@boundary}), else the basis's.
     */
    double confidence(Map<String, Double> table, boolean onBoundary) {
        Double own = onBoundary ? table.get(tableKey(true)) : null;
        return own != null ? own : confidence(table);
    }

    /** The entry of the confidence table for keys on this basis, on a boundary or not. */
    public String tableKey(boolean onBoundary) {
        return onBoundary ? code + ON_BOUNDARY : code;
    }
}
