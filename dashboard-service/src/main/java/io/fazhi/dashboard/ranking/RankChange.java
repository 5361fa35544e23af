package io.fazhi.dashboard.ranking;

/**
 * A township's movement against the previous year. {@code rankChange} is previous rank minus current rank, so positive
 * means it moved up; every field about a year it is absent from is null.
 */
public record RankChange(String townshipCode, String township, Integer rank, Integer previousRank, Integer rankChange,
        Double score, Double previousScore, Double scoreChange) {
}
