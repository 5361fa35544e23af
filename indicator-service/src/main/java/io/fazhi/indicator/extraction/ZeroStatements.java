package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Zero statements (reading rule 5): "无一起行政复议和行政诉讼案件" gives 0 to each indicator noun it governs, "未制定
 * 行政规范性文件" is a zero without a classifier, and an absent outcome ("无行政复议纠错") is an unkeyed zero.
 */
final class ZeroStatements {

    private static final String ABSENT_OUTCOME = "rule 5: an absent outcome (纠错, 撤销, 败诉), not a count of cases";

    private final List<IndicatorDefinition> zeroable;
    private final Lexicon lexicon;
    private final ScopeFilter scope;

    ZeroStatements(Catalog catalog, ScopeFilter scope) {
        this.zeroable = catalog.indicators().stream()
                .filter(d -> !d.isFlag() && !d.isStructure() && !d.zeroNouns().isEmpty()).toList();
        this.lexicon = catalog.lexicon();
        this.scope = scope;
    }

    /** "无一起行政复议和行政诉讼案件": one zero per governed indicator, or one unkeyed zero. */
    List<Mention> fanOut(ReportLayout layout, Mention m) {
        String t = layout.text();
        int ce = layout.clauseEnd(m.end());
        if (absentOutcome(layout, m.end())) {
            return List.of(m.withReading(Reading.withheld(ABSENT_OUTCOME)));
        }
        List<Mention> out = new ArrayList<>();
        for (IndicatorDefinition d : zeroable) {
            if (ReportLayout.containsAny(t, d.zeroNouns(), m.end(), ce)) {
                out.add(m.withReading(Reading.of(d.key(), Basis.ZERO_STATEMENT, lexicon, List.of("rule 5: a zero statement governing "
                        + d.zeroNouns().get(0)))));
            }
        }
        if (out.isEmpty()) {
            out.add(m);
        }
        return out;
    }

    /** "未制定行政规范性文件", "未发生行政复议案件": zero statements without a classifier. */
    void addZeroWords(ReportLayout layout, List<Mention> out) {
        String t = layout.text();
        List<Mention> recognizedZeros = out.stream().filter(Mention::zero).toList();
        for (String w : lexicon.zeroWords()) {
            int gap = w.length() == 1 ? 2 : lexicon.zeroGap();
            for (int p = t.indexOf(w); p >= 0; p = t.indexOf(w, p + w.length())) {
                int from = p + w.length();
                int limit = layout.clauseEnd(from);
                boolean outcome = absentOutcome(layout, from);
                for (IndicatorDefinition d : zeroable) {
                    int end = governedNounEnd(t, d, from, limit, gap);
                    if (end >= 0 && !overlaps(recognizedZeros, p, end) && scope.inScope(layout, p)) {
                        Reading r = outcome ? Reading.withheld(ABSENT_OUTCOME)
                                : Reading.of(d.key(), Basis.ZERO_STATEMENT, lexicon, List.of("rule 5: " + w + " … " + d.zeroNouns().get(0)));
                        out.add(new Mention(p, end, BigDecimal.ZERO, d.units().get(0), false, true, r));
                        if (outcome) {
                            break; // one unkeyed statement, however many case nouns it names
                        }
                    }
                }
            }
        }
    }

    /** End of the first of the indicator's zero nouns starting at most {@code gap} chars on, within its clause, or -1. */
    private static int governedNounEnd(String t, IndicatorDefinition d, int from, int clauseEnd, int gap) {
        for (String noun : d.zeroNouns()) {
            int at = ReportLayout.find(t, noun, from, Math.min(clauseEnd, from + gap + noun.length()));
            if (at >= 0) {
                return at + noun.length();
            }
        }
        return -1;
    }

    /** Rule 5: "无行政复议纠错", "无…败诉情况" state an absent outcome, not a count of cases. */
    private boolean absentOutcome(ReportLayout layout, int from) {
        return ReportLayout.containsAny(layout.text(), lexicon.ruleWords("absentOutcomes"), from, layout.clauseEnd(from));
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
