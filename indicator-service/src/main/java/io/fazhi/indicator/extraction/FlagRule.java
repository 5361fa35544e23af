package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * States a flag when {@code anchor} occurs in a sentence and, if {@code near} is given, one of those words lies
 * within {@code window} chars on the given {@code side} ("before", "after" or "both") in the same sentence.
 */
public record FlagRule(String anchor, List<String> near, int window, String side) {

    public FlagRule {
        near = List.copyOf(Lexicon.nullToEmpty(near));
        side = side == null ? "both" : side;
        window = window <= 0 ? 20 : window;
    }
}
