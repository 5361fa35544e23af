package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * Which catalog indicator a quantity speaks of, how sure the engine is (0–1) and why: the cue, the reading rule
 * and the section behind the choice. An unkeyed reading has no confidence.
 */
public record Reading(String key, Double confidence, List<String> reasons) {

    public static final Reading NONE = new Reading(null, null, List.of());

    public Reading {
        reasons = List.copyOf(reasons);
    }

    static Reading of(String key, double confidence, List<String> reasons) {
        return new Reading(key, Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0, reasons);
    }

    /** No key, with the reason the engine withheld one. */
    static Reading withheld(String reason) {
        return new Reading(null, null, List.of(reason));
    }
}
