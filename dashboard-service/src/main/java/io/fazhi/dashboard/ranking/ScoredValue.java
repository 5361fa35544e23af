package io.fazhi.dashboard.ranking;

/**
 * A township's value of one indicator and its 0-100 score in the index: {@code value} null when the report does not
 * state it, {@code score} null when it was not used; {@code missing} says what the missing-data rule gave an unstated
 * indicator ({@link #NO_CREDIT} or {@link #IMPUTED}), null for a stated value.
 */
public record ScoredValue(Double value, boolean approx, Double score, String missing) {

    public static final String NO_CREDIT = "no-credit";
    public static final String IMPUTED = "imputed";
}
