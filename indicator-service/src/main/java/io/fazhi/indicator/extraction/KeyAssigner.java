package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each quantity the catalog key its clause speaks of (nearest cue word, before the number preferred, then
 * after it; a later clause only where the indicator allows it), with the {@link Basis} it rests on, then applies the
 * {@link ReadingRules}; hands zero statements to {@link ZeroStatements}, and leaves numbers of other years, plans
 * and other bodies without a key.
 */
final class KeyAssigner {

    /** Penalties that rank a cue after the number, or in a later clause, below a cue just before it. */
    private static final int AFTER = 6;
    /**
     * Cues outside the number's clause name it only for indicators that ask for it ({@code cuesAfterClause}); on the
     * development set a cue in an earlier clause was the right key for one mention in four, so it gives none.
     */
    private static final int LATER_CLAUSE = 1000;
    /** A cue this close to the number names what it counts. */
    private static final int NEAR = 6;
    /** A rival indicator whose cue is this much farther still makes the choice unsure. */
    private static final int RIVAL_MARGIN = 4;
    /** A cue of this many chars or more names what is counted (法治培训, 宣传资料), not only a topic. */
    private static final int SPECIFIC_CUE = 3;
    /** A listed item of this many chars or more names its own noun. */
    private static final int OWN_ITEM = 4;
    /** The sub-heading that opens a paragraph ("（二）推进学法用法。") is at most this long. */
    private static final int PARAGRAPH_LEAD = 40;

    private final List<IndicatorDefinition> measurable;
    private final Lexicon lexicon;
    private final ScopeFilter scope;
    private final CueIndex.Words cueWords;
    private final ReadingRules rules;
    private final ZeroStatements zeros;

    KeyAssigner(Catalog catalog, ScopeFilter scope) {
        this.measurable = catalog.indicators().stream().filter(d -> !d.isFlag() && !d.isStructure()).toList();
        List<String> words = new ArrayList<>();
        measurable.forEach(d -> {
            words.addAll(d.cues());
            words.addAll(d.antiCues());
        });
        this.cueWords = new CueIndex.Words(words);
        this.lexicon = catalog.lexicon();
        this.scope = scope;
        this.rules = new ReadingRules(catalog);
        this.zeros = new ZeroStatements(catalog, scope);
    }

    List<Mention> assign(ReportLayout layout, List<Mention> recognized) {
        List<Mention> out = new ArrayList<>();
        CueIndex cues = cueWords.index(layout, recognized);
        int[] ends = recognized.stream().mapToInt(Mention::end).toArray();
        Mention previous = null;
        for (Mention m : recognized) {
            if (!scope.inScope(layout, m.start())) {
                out.add(m.withReading(Reading.withheld(scope.reason(layout, m.start()))));
            } else if (m.zero()) {
                out.addAll(zeros.fanOut(layout, m));
            } else {
                Choice byCue = keyFor(layout, cues, ends, m);
                out.add(m.withReading(rules.apply(layout, m, byCue.reading(), byCue.cue(), previous)));
            }
            previous = out.get(out.size() - 1);
        }
        zeros.addZeroWords(layout, out);
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** A reading by the nearest cue, and that cue. */
    record Choice(Reading reading, String cue) {
        static final Choice NONE = new Choice(Reading.NONE, null);
    }

    /** The nearest cue's indicator, with a confidence from where that cue stands and how close a rival is. */
    Choice keyFor(ReportLayout layout, CueIndex cues, int[] mentionEnds, Mention m) {
        int cs = layout.clauseStart(m.start());
        int ce = layout.clauseEnd(m.end());
        int ss = layout.sentenceStart(m.start());
        int se = layout.sentenceEnd(m.end());
        // an anti-cue vetoes within the clause, but not past a 、 that opens the next listed item (合同15份、意见书9份)
        int enumeration = ReportLayout.find(layout.text(), "、", m.end(), ce);
        int itemEnd = enumeration < 0 ? ce : enumeration;
        // a listed item with a noun of its own (合同15份、街道规范性文件22份) takes no cue from the items before it
        int itemStart = ownItemStart(layout.text(), cs, m.start(), mentionEnds);
        IndicatorDefinition best = null;
        int bestScore = Integer.MAX_VALUE;
        String bestCue = null;
        int rivalScore = Integer.MAX_VALUE;
        String rival = null;
        for (IndicatorDefinition d : measurable) {
            if (!d.acceptsUnit(m.unit()) || cues.anyIn(d.antiCues(), cs, itemEnd)) {
                continue;
            }
            int mine = Integer.MAX_VALUE;
            String myCue = null;
            for (String cue : d.cues()) {
                int score = cueDistance(cues, cue, m, itemStart, ce);
                if (score == Integer.MAX_VALUE && d.cuesAfterClause()) {
                    int at = cues.first(cue, ce, se);
                    score = at < 0 ? score : at - m.end() + LATER_CLAUSE;
                }
                if (score < mine || score == mine && score != Integer.MAX_VALUE && cue.length() > myCue.length()) {
                    mine = score;
                    myCue = cue;
                }
            }
            if (mine == Integer.MAX_VALUE) {
                continue;
            }
            boolean better = mine < bestScore || (mine == bestScore
                    && prefersTopic(layout, d, best, ss, se, myCue.length() > bestCue.length()));
            if (better) {
                if (best != null) {
                    rivalScore = bestScore;
                    rival = best.key();
                }
                best = d;
                bestScore = mine;
                bestCue = myCue;
            } else if (mine < rivalScore) {
                rivalScore = mine;
                rival = d.key();
            }
        }
        if (best == null) {
            return Choice.NONE;
        }
        List<String> reasons = new ArrayList<>();
        Basis basis = placement(bestScore, bestCue, reasons);
        if (rival != null && rivalScore - bestScore <= RIVAL_MARGIN) {
            basis = Basis.RIVAL_CUE;
            reasons.add("a cue of " + rival + " is almost as near");
        }
        ReportLayout.Section section = layout.sectionAt(m.start());
        if (section != null) {
            reasons.add("section: " + section.heading());
        }
        return new Choice(Reading.of(best.key(), basis, lexicon, reasons), bestCue);
    }

    /** The basis of a key by the cue's place: right before or after the number, farther in its clause, or later. */
    private static Basis placement(int score, String cue, List<String> reasons) {
        if (score >= LATER_CLAUSE) {
            reasons.add("cue " + cue + " in a later clause of the sentence");
            return Basis.CUE_IN_LATER_CLAUSE;
        }
        // a short cue (咨询, 合同, 检查) names a topic more often than the thing counted
        Basis beside = cue.length() >= SPECIFIC_CUE ? Basis.SPECIFIC_CUE_BESIDE : Basis.SHORT_CUE_BESIDE;
        boolean after = score >= AFTER;
        boolean adjacent = (after ? score - AFTER : score) <= NEAR;
        reasons.add("cue " + cue + (adjacent ? " right " : " ") + (after ? "after" : "before") + " the number"
                + (adjacent ? "" : " in its clause"));
        return adjacent ? beside : Basis.CUE_IN_CLAUSE;
    }

    /**
     * Where the cues of a listed item may start: after the last 、 before the number when the item names a noun
     * of its own (four or more chars) and the items before it have figures of their own (合同15份、街道规范性文件22份),
     * else at the clause start (镇党委会、政府常务会共6次: one count of both).
     */
    private static int ownItemStart(String t, int cs, int numberStart, int[] mentionEnds) {
        int sep = ReportLayout.findLast(t, "、", cs, numberStart);
        if (sep < 0 || numberStart - sep - 1 < OWN_ITEM) {
            return cs;
        }
        int i = Arrays.binarySearch(mentionEnds, sep + 1);
        int before = i >= 0 ? i : -i - 2; // the last mention ending at or before the 、
        return before >= 0 && mentionEnds[before] > cs ? sep + 1 : cs;
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
        return ReportLayout.containsAny(t, words, ss, se) || ReportLayout.containsAny(t, words, ps, leadEnd);
    }

    /** Distance from the number to the nearest occurrence of a cue in its clause (before it, else after it). */
    private static int cueDistance(CueIndex cues, String cue, Mention m, int cs, int ce) {
        int at = cues.last(cue, cs, m.start());
        if (at >= 0) {
            return m.start() - at - cue.length();
        }
        at = cues.first(cue, m.end(), ce);
        return at >= 0 ? at - m.end() + AFTER : Integer.MAX_VALUE;
    }

}
