package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * States a flag when {@code anchor} occurs in a sentence and, if {@code near} is given, one of those words lies
 * within {@code window} chars on the given {@code side} ("before", "after" or "both") in the same sentence;
 * an occurrence with one of {@code exclude} within a few chars of it (村法律顾问, 法律顾问授课, 区法治政府建设…领导小组)
 * states nothing (reading rule 9).
 */
public record FlagRule(String anchor, List<String> near, int window, String side, List<String> exclude) {

    public FlagRule {
        near = List.copyOf(Lexicon.nullToEmpty(near));
        exclude = List.copyOf(Lexicon.nullToEmpty(exclude));
        side = side == null ? "both" : side;
        window = window <= 0 ? 20 : window;
    }
}
