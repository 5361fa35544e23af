package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalog patterns with {N} slots ("全镇{N}个村", "{N}村{N}社") that state an indicator directly; the numbers
 * in one match are summed (9村1社 = 10).
 */
final class PatternRules {

    /** Numerals only, no 万/亿: the patterns describe small counts, and a bounded class keeps matching linear. */
    private static final String NUMBER = "([0-9零〇一二两三四五六七八九十百千]{1,8})";

    /** One match: the value it states and where. */
    record Hit(String key, BigDecimal value, int start, int end) {
    }

    private record Rule(String key, Pattern pattern, List<String> units) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final ScopeFilter scope;
    private final Lexicon lexicon;

    PatternRules(Catalog catalog, ScopeFilter scope) {
        this.scope = scope;
        this.lexicon = catalog.lexicon();
        for (IndicatorDefinition d : catalog.indicators()) {
            for (String p : d.patterns()) {
                rules.add(new Rule(d.key(), Pattern.compile(p.replace("{N}", NUMBER)), d.units()));
            }
        }
    }

    /**
     * Matches only inside sentences that hold a quantity in a unit the pattern's indicator accepts: every {N}
     * slot is a counted number, and scanning a whole report with each pattern would cost more than all other
     * steps together.
     */
    List<Hit> find(ReportLayout layout, List<Mention> mentions) {
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            int doneUpTo = -1;
            for (Mention q : mentions) {
                int ss = layout.sentenceStart(q.start());
                if (ss >= doneUpTo && r.units().contains(q.unit())) {
                    doneUpTo = layout.sentenceEnd(q.start());
                    find(layout, r, ss, doneUpTo, hits);
                }
            }
        }
        return hits;
    }

    private void find(ReportLayout layout, Rule r, int from, int to, List<Hit> hits) {
        Matcher m = r.pattern().matcher(layout.text()).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int g = 1; g <= m.groupCount(); g++) {
                BigDecimal v = m.group(g) == null ? null : NumeralParser.parse(m.group(g));
                sum = v == null ? sum : sum.add(v);
            }
            if (sum.signum() > 0 && scope.inScope(layout, m.start(1))) {
                hits.add(new Hit(r.key(), sum, m.start(), m.end()));
            }
        }
    }

    /** Quantities inside a match that no clause cue claimed belong to the pattern's indicator. */
    List<Mention> claim(List<Mention> mentions, List<Hit> hits) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention claimed = m;
            for (Hit h : hits) {
                if (m.key() == null && !m.zero() && h.start() <= m.start() && m.end() <= h.end()) {
                    claimed = m.withReading(Reading.of(h.key(), Basis.PATTERN, lexicon,
                            List.of("pattern: the figure lies in a phrase that states it (" + h.key() + ")")));
                }
            }
            out.add(claimed);
        }
        return out;
    }
}
