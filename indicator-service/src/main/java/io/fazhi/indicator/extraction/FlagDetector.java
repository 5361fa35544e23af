package io.fazhi.indicator.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads flag indicators (法律顾问, 三项制度, 述法 …) as true when stated, false when stated as negated
 * (未聘请…), and absent when the report does not speak to them; plans for next year state nothing.
 */
final class FlagDetector {

    /** How far before an anchor a negation (未, 没有) still governs it. */
    private static final int NEGATION_REACH = 8;
    /** How far around an anchor an exclusion word (村…, …授课) is looked for. */
    private static final int EXCLUDE_REACH = 12;

    private final List<IndicatorDefinition> flags;
    private final Lexicon lexicon;
    private final ScopeFilter scope;

    FlagDetector(Catalog catalog, ScopeFilter scope) {
        this.flags = catalog.indicators().stream().filter(d -> d.isFlag() && !d.isStructure()).toList();
        this.lexicon = catalog.lexicon();
        this.scope = scope;
    }

    Map<String, Boolean> detect(ReportLayout layout) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        String t = layout.text();
        for (IndicatorDefinition d : flags) {
            Boolean state = null;
            for (FlagRule r : d.flagRules()) {
                for (int p = t.indexOf(r.anchor()); p >= 0 && !Boolean.TRUE.equals(state); p = t.indexOf(r.anchor(), p + 1)) {
                    if (!hasNearWord(layout, r, p) || excluded(layout.text(), r, p) || scope.isPlan(layout, p)) {
                        continue;
                    }
                    state = !negated(layout, p);
                }
            }
            if (state != null) {
                out.put(d.key(), state);
            }
        }
        return out;
    }

    private static boolean hasNearWord(ReportLayout layout, FlagRule r, int p) {
        if (r.near().isEmpty()) {
            return true;
        }
        String t = layout.text();
        int ss = layout.sentenceStart(p);
        int se = layout.sentenceEnd(p);
        int anchorEnd = p + r.anchor().length();
        for (String w : r.near()) {
            boolean before = !r.side().equals("after") && ReportLayout.find(t, w, Math.max(ss, p - r.window()), p) >= 0;
            boolean after = !r.side().equals("before")
                    && ReportLayout.find(t, w, anchorEnd, Math.min(se, anchorEnd + r.window())) >= 0;
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** An exclusion word within a few chars of the anchor, or overlapping it. */
    private static boolean excluded(String t, FlagRule r, int p) {
        int from = Math.max(0, p - EXCLUDE_REACH);
        int to = Math.min(t.length(), p + r.anchor().length() + EXCLUDE_REACH);
        for (String w : r.exclude()) {
            if (ReportLayout.find(t, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(ReportLayout layout, int p) {
        int from = Math.max(layout.clauseStart(p), p - NEGATION_REACH);
        for (String n : lexicon.negations()) {
            if (ReportLayout.find(layout.text(), n, from, p) >= 0) {
                return true;
            }
        }
        return false;
    }
}
