package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * Which catalog indicator a quantity speaks of, what that rests on ({@link Basis}), how sure the engine is (0–1)
 * and why: the cue, the reading rule and the section behind the choice. An unkeyed reading has no basis and no
 * confidence; its reasons say why a key was withheld, if one was.
 */
public record Reading(String key, Basis basis, Double confidence, List<String> reasons) {

    public static final Reading NONE = new Reading(null, null, null, List.of());

    public Reading {
        reasons = List.copyOf(reasons);
    }

    static Reading of(String key, Basis basis, Lexicon lexicon, List<String> reasons) {
        return new Reading(key, basis, basis.confidence(lexicon.confidence(), lexicon.onBoundary(key)), reasons);
    }

    /** No key, with the reason the engine withheld one. */
    static Reading withheld(String reason) {
        return new Reading(null, null, null, List.of(reason));
    }
}
