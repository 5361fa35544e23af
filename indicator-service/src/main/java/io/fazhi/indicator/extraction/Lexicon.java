package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Language facts the recognizer needs, kept in the catalog file so that a county can add a classifier or a
 * false-positive phrase without a code change.
 */
public record Lexicon(
        List<String> units,
        Map<String, BigDecimal> moneyUnits,
        List<String> approxBefore,
        List<String> approxAfter,
        List<String> totalMarkers,
        List<String> partMarkers,
        List<String> excludedPhrases,
        List<String> skipBefore,
        List<String> articleUnits,
        List<String> zeroPrefixes,
        List<String> zeroWords,
        int zeroGap,
        List<String> negations,
        List<String> otherBodies,
        List<String> planMarkers,
        Map<String, List<String>> topics,
        List<String> subsetMarkers,
        Map<String, List<String>> ruleWords,
        Map<String, Double> confidence) {

    public Lexicon {
        units = List.copyOf(nullToEmpty(units));
        moneyUnits = moneyUnits == null ? Map.of() : Map.copyOf(moneyUnits);
        approxBefore = List.copyOf(nullToEmpty(approxBefore));
        approxAfter = List.copyOf(nullToEmpty(approxAfter));
        totalMarkers = List.copyOf(nullToEmpty(totalMarkers));
        partMarkers = List.copyOf(nullToEmpty(partMarkers));
        excludedPhrases = List.copyOf(nullToEmpty(excludedPhrases));
        skipBefore = List.copyOf(nullToEmpty(skipBefore));
        articleUnits = List.copyOf(nullToEmpty(articleUnits));
        zeroPrefixes = List.copyOf(nullToEmpty(zeroPrefixes));
        zeroWords = List.copyOf(nullToEmpty(zeroWords));
        negations = List.copyOf(nullToEmpty(negations));
        otherBodies = List.copyOf(nullToEmpty(otherBodies));
        planMarkers = List.copyOf(nullToEmpty(planMarkers));
        topics = topics == null ? Map.of() : Map.copyOf(topics);
        subsetMarkers = List.copyOf(nullToEmpty(subsetMarkers));
        ruleWords = ruleWords == null ? Map.of() : Map.copyOf(ruleWords);
        confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    }

    /** The same lexicon with another confidence table (by {@link Basis#code()}), for calibration. */
    public Lexicon withConfidence(Map<String, Double> table) {
        return new Lexicon(units, moneyUnits, approxBefore, approxAfter, totalMarkers, partMarkers, excludedPhrases,
                skipBefore, articleUnits, zeroPrefixes, zeroWords, zeroGap, negations, otherBodies, planMarkers, topics,
                subsetMarkers, ruleWords, table);
    }

    /** The words a reading rule of the catalog looks for (see {@link ReadingRules}). */
    List<String> ruleWords(String rule) {
        return ruleWords.getOrDefault(rule, List.of());
    }

    /**
     * Whether the key lies on a boundary the reading rules settle (rule 7: law study, training; rule 8: whose
     * people; weak cues: rule-of-law meetings, publicity events): such keys have confidences of their own.
     */
    public boolean onBoundary(String key) {
        return key != null && ruleWords("boundaryKeys").contains(key);
    }

    /** Words that, in a sentence or its paragraph's lead, show which dimension (capacity, publicity…) it is about. */
    List<String> topicWords(String dimension) {
        return topics.getOrDefault(dimension, List.of());
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
