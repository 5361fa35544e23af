package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each quantity the catalog key its clause speaks of (nearest cue word, before the number preferred,
 * then after it, then elsewhere in the sentence), fans zero statements out to the nouns they govern, and
 * leaves numbers of other years, plans and other bodies without a key.
 */
final class IndicatorMapper {

    /** Penalties that rank a cue after the number, or outside its clause, below a cue just before it. */
    private static final int AFTER = 6;
    private static final int OTHER_CLAUSE = 20;
    private static final int OTHER_CLAUSE_AFTER = 40;
    /** The sub-heading that opens a paragraph ("（二）推进学法用法。") is at most this long. */
    private static final int PARAGRAPH_LEAD = 40;

    private final List<IndicatorDefinition> measurable;
    private final List<IndicatorDefinition> zeroable;
    private final Lexicon lexicon;
    private final ScopeFilter scope;
    private final CueIndex.Words cueWords;

    IndicatorMapper(Catalog catalog, ScopeFilter scope) {
        this.measurable = catalog.indicators().stream().filter(d -> !d.isFlag() && !d.isStructure()).toList();
        List<String> words = new ArrayList<>();
        measurable.forEach(d -> {
            words.addAll(d.cues());
            words.addAll(d.antiCues());
        });
        this.cueWords = new CueIndex.Words(words);
        this.zeroable = measurable.stream().filter(d -> !d.zeroNouns().isEmpty()).toList();
        this.lexicon = catalog.lexicon();
        this.scope = scope;
    }

    List<Mention> map(ReportLayout layout, List<Mention> recognized) {
        List<Mention> out = new ArrayList<>();
        CueIndex cues = cueWords.index(layout, recognized);
        for (Mention m : recognized) {
            if (!scope.inScope(layout, m.start())) {
                out.add(m);
            } else if (m.zero()) {
                out.addAll(fanOutZero(layout, m));
            } else {
                out.add(m.withKey(keyFor(layout, cues, m)));
            }
        }
        addZeroWords(layout, out);
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    String keyFor(ReportLayout layout, CueIndex cues, Mention m) {
        int cs = layout.clauseStart(m.start());
        int ce = layout.clauseEnd(m.end());
        int ss = layout.sentenceStart(m.start());
        int se = layout.sentenceEnd(m.end());
        // an anti-cue vetoes within the clause, but not past a 、 that opens the next listed item (合同15份、意见书9份)
        int enumeration = ReportLayout.find(layout.text(), "、", m.end(), ce);
        int itemEnd = enumeration < 0 ? ce : enumeration;
        IndicatorDefinition best = null;
        int bestScore = Integer.MAX_VALUE;
        int bestLength = 0;
        for (IndicatorDefinition d : measurable) {
            if (!d.acceptsUnit(m.unit()) || cues.anyIn(d.antiCues(), cs, itemEnd)) {
                continue;
            }
            for (String cue : d.cues()) {
                int score = cueDistance(cues, cue, m, cs, ce, ss, se);
                if (score == Integer.MAX_VALUE) {
                    continue;
                }
                boolean better = score < bestScore || (score == bestScore && d != best
                        ? prefersTopic(layout, d, best, ss, se, cue.length() > bestLength)
                        : score == bestScore && cue.length() > bestLength);
                if (better) {
                    best = d;
                    bestScore = score;
                    bestLength = cue.length();
                }
            }
        }
        return best == null ? null : best.key();
    }

    /**
     * A tie between two indicators (法治讲座1场: cadre training or publicity event?) goes to the one whose topic
     * words (学法/培训/干部 vs 普法/宣传/群众) the sentence or its paragraph's lead speaks of; else to the longer cue.
     */
    private boolean prefersTopic(ReportLayout layout, IndicatorDefinition d, IndicatorDefinition incumbent, int ss, int se,
                                 boolean longer) {
        boolean mine = onTopic(layout, d, ss, se);
        boolean theirs = onTopic(layout, incumbent, ss, se);
        return mine != theirs ? mine : longer;
    }

    private boolean onTopic(ReportLayout layout, IndicatorDefinition d, int ss, int se) {
        List<String> words = lexicon.topicWords(d.dimension());
        if (words.isEmpty()) {
            return false;
        }
        String t = layout.text();
        int ps = layout.paragraphStart(ss);
        int leadEnd = Math.min(layout.sentenceEnd(ps), ps + PARAGRAPH_LEAD);
        return anyIn(t, words, ss, se) || anyIn(t, words, ps, leadEnd);
    }

    private static int cueDistance(CueIndex cues, String cue, Mention m, int cs, int ce, int ss, int se) {
        int at = cues.last(cue, cs, m.start());
        if (at >= 0) {
            return m.start() - at - cue.length();
        }
        at = cues.first(cue, m.end(), ce);
        if (at >= 0) {
            return at - m.end() + AFTER;
        }
        at = cues.last(cue, ss, cs);
        if (at >= 0) {
            return m.start() - at - cue.length() + OTHER_CLAUSE;
        }
        at = cues.first(cue, ce, se);
        return at >= 0 ? at - m.end() + OTHER_CLAUSE_AFTER : Integer.MAX_VALUE;
    }

    /** "无一起行政复议和行政诉讼案件": one zero per governed indicator, or one unkeyed zero. */
    private List<Mention> fanOutZero(ReportLayout layout, Mention m) {
        String t = layout.text();
        int ce = layout.clauseEnd(m.end());
        List<Mention> out = new ArrayList<>();
        for (IndicatorDefinition d : zeroable) {
            if (anyIn(t, d.zeroNouns(), m.end(), ce)) {
                out.add(m.withKey(d.key()));
            }
        }
        if (out.isEmpty()) {
            out.add(m);
        }
        return out;
    }

    /** "未制定行政规范性文件", "未发生行政复议案件": zero statements without a classifier. */
    private void addZeroWords(ReportLayout layout, List<Mention> out) {
        String t = layout.text();
        List<Mention> recognizedZeros = out.stream().filter(Mention::zero).toList();
        for (String w : lexicon.zeroWords()) {
            int gap = w.length() == 1 ? 2 : lexicon.zeroGap();
            for (int p = t.indexOf(w); p >= 0; p = t.indexOf(w, p + w.length())) {
                int from = p + w.length();
                int limit = layout.clauseEnd(from);
                for (IndicatorDefinition d : zeroable) {
                    for (String noun : d.zeroNouns()) {
                        int at = ReportLayout.find(t, noun, from, Math.min(limit, from + gap + noun.length()));
                        if (at >= 0 && !overlaps(recognizedZeros, p, at + noun.length()) && scope.inScope(layout, p)) {
                            out.add(new Mention(p, at + noun.length(), BigDecimal.ZERO, d.units().get(0), false, true, d.key()));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(String t, List<String> words, int from, int to) {
        for (String w : words) {
            if (ReportLayout.find(t, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }
}
