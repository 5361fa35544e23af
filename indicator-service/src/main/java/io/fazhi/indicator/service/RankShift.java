package io.fazhi.indicator.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many places a township could move on one indicator's ranking of its area and year if a value under review
 * were replaced by its alternative (the median of the others for an outlier, the previous year's value, the
 * reviewer's value, 100 for a rate over 100, or nothing at all): the number of other townships whose value lies
 * between the two, an absent value counting as the worst end as it does in the rankings (no credit). It orders the
 * review queue: what can move the ranking most comes first. Indicators without a direction are never ranked: 0.
 */
final class RankShift {

    private final Map<String, List<Stated>> byKey = new HashMap<>();
    private final Map<String, String> directions;

    /** One township's value in force of one indicator. */
    record Stated(String townshipCode, double value) {
    }

    RankShift(List<QualityRules.Value> values, Map<String, String> directions) {
        for (QualityRules.Value v : values) {
            byKey.computeIfAbsent(v.key(), k -> new java.util.ArrayList<>())
                    .add(new Stated(v.townshipCode(), v.value().doubleValue()));
        }
        this.directions = directions;
    }

    /** How many townships state this indicator in the area and year. */
    int stating(String key) {
        return byKey.getOrDefault(key, List.of()).size();
    }

    /**
     * Places between the township's value {@code from} and {@code to}; null for either means not stated. Both null,
     * or an unranked indicator: 0.
     */
    int places(String townshipCode, String key, Double from, Double to) {
        String direction = directions.getOrDefault(key, "none");
        if ("none".equals(direction) || (from == null && to == null)) {
            return 0;
        }
        double worst = "down".equals(direction) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double a = from == null ? worst : from;
        double b = to == null ? worst : to;
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        int places = 0;
        for (Stated s : byKey.getOrDefault(key, List.of())) {
            if (!s.townshipCode().equals(townshipCode) && s.value() > low && s.value() < high) {
                places++;
            }
        }
        return places;
    }

    /** The median of the other townships' values, the alternative of an outlier; null when nobody else states it. */
    Double medianOfOthers(String townshipCode, String key) {
        double[] others = byKey.getOrDefault(key, List.of()).stream()
                .filter(s -> !s.townshipCode().equals(townshipCode)).mapToDouble(Stated::value).toArray();
        return others.length == 0 ? null : QualityRules.median(others);
    }
}
