package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's reading rules that a nearest cue alone does not settle, applied after it: standing practices are
 * not counts (rule 3), collective law study, legal training and political study are told apart (rule 7), and the
 * people a training reached are told from those a publicity reached (rule 8); a weak cue (中心组, 第一议题, 党委会)
 * names law study or a rule-of-law meeting only with a law topic beside it. The words live in the catalog's
 * {@code lexicon.ruleWords}.
 */
final class ReadingRules {

    static final String LAW_STUDY = "capacity.law_study_sessions";
    static final String TRAINING = "capacity.legal_trainings";
    static final String ATTENDANCE = "capacity.training_attendance";
    static final String PEOPLE_REACHED = "publicity.people_reached";
    static final String MEETINGS = "leadership.rule_of_law_meetings";
    static final String PUBLICITY_EVENTS = "publicity.events";

    /** A frequency marker (每年, 每月) this far before the number describes a standing practice. */
    private static final int FREQUENCY_REACH = 12;

    private final Lexicon lexicon;

    ReadingRules(Catalog catalog) {
        this.lexicon = catalog.lexicon();
    }

    /**
     * The reading after the rules, given the one by the nearest cue ({@code cue}: that cue, or null) and the mention
     * read just before ({@code previous}, with its reading, or null).
     */
    Reading apply(ReportLayout layout, Mention m, Reading byCue, String cue, Mention previous) {
        String t = layout.text();
        int cs = layout.clauseStart(m.start());
        if (byCue.key() != null && standingPractice(t, cs, m.start())) {
            return Reading.withheld("rule 3: a standing practice (每…一次), not a yearly count");
        }
        if (lexicon.ruleWords("needsLawTopic").contains(cue)) {
            if (!lawTopic(layout, m, previous, MEETINGS.equals(byCue.key()))) {
                return Reading.withheld("weak cue " + cue + " without a law topic: general study or business (rule 7), not "
                        + byCue.key());
            }
            byCue = Reading.of(byCue.key(), Basis.WEAK_CUE_WITH_LAW_TOPIC, lexicon, byCue.reasons());
        }
        if (TRAINING.equals(byCue.key()) && forThePublic(layout, m)) {
            List<String> reasons = new ArrayList<>(byCue.reasons());
            reasons.add(0, "a lecture or course for the public (群众, 师生) is a publicity event, not a cadre training");
            return Reading.of(PUBLICITY_EVENTS, Basis.READING_RULE, lexicon, reasons);
        }
        if (isStudyOrTraining(byCue.key()) || byCue.key() == null && lexicon.ruleWords("studyUnits").contains(m.unit())) {
            return study(layout, m, byCue);
        }
        if ((ATTENDANCE.equals(byCue.key()) || PEOPLE_REACHED.equals(byCue.key()))
                && lexicon.ruleWords("reachedGeneric").contains(cue)) { // 受教育群众, 参训 say whose people they are
            return reached(layout, m, byCue);
        }
        return byCue;
    }

    private boolean standingPractice(String t, int cs, int numberStart) {
        int from = Math.max(cs, numberStart - FREQUENCY_REACH);
        return ReportLayout.containsAny(t, lexicon.ruleWords("frequency"), from, numberStart);
    }

    /**
     * Rule 7: 集中学法 and 集中学习 of laws and regulations (法律, 法规, 条例) are training, collective study of
     * 习近平法治思想 stays law study; study of congress documents or 主题教育 is neither.
     */
    private Reading study(ReportLayout layout, Mention m, Reading byCue) {
        String t = layout.text();
        int cs = itemStart(layout, m);
        int ce = itemEnd(layout, m);
        if (ReportLayout.containsAny(t, lexicon.ruleWords("politicalStudy"), cs, ce)) {
            return byCue.key() == null ? byCue : Reading.withheld("rule 7: general political study, neither law study nor training");
        }
        int clauseStart = layout.clauseStart(m.start());
        int clauseEnd = layout.clauseEnd(m.end());
        // 集中学习《条例》、《处罚法》等法律法规12次: the whole clause, past the 、 of the laws it lists
        boolean ofLaws = ReportLayout.containsAny(t, lexicon.ruleWords("concentratedLawStudy"), clauseStart, ce)
                || ReportLayout.containsAny(t, lexicon.ruleWords("concentratedStudy"), clauseStart, ce)
                && ReportLayout.containsAny(t, lexicon.ruleWords("statuteWords"), clauseStart, clauseEnd);
        if (ofLaws && !TRAINING.equals(byCue.key())) {
            List<String> reasons = new ArrayList<>(byCue.reasons());
            reasons.add(0, "rule 7: 集中学法 / 集中学习 of laws counts as training");
            return Reading.of(TRAINING, Basis.READING_RULE, lexicon, reasons);
        }
        return byCue;
    }

    /** Rule 8: the people reached are the training's when the nearest activity before them is a training or study. */
    private Reading reached(ReportLayout layout, Mention m, Reading byCue) {
        String t = layout.text();
        int ss = layout.sentenceStart(m.start());
        int training = lastIn(t, lexicon.ruleWords("trainingActivities"), ss, m.start());
        int publicity = lastIn(t, lexicon.ruleWords("publicityActivities"), ss, m.start());
        if (training < 0 && publicity < 0) {
            return byCue;
        }
        String key = training > publicity ? ATTENDANCE : PEOPLE_REACHED;
        if (key.equals(byCue.key())) {
            return byCue;
        }
        List<String> reasons = new ArrayList<>(byCue.reasons());
        reasons.add(0, "rule 8: people reached by " + (key.equals(ATTENDANCE) ? "a training or study" : "publicity"));
        return Reading.of(key, Basis.READING_RULE, lexicon, reasons);
    }

    /**
     * Laws, 法治 or 学法 in the sentence up to the end of the number's clause, and for a meeting also in the clause
     * after it (召开专题会议4次，研究解决法治…: what a meeting discussed often follows it). A figure read before in the
     * sentence keeps its words to itself (专题学法3次，参加中心组学习会10次) unless it was itself a study, training or
     * meeting with a law topic (专题学习10次、研讨交流4次).
     */
    private boolean lawTopic(ReportLayout layout, Mention m, Mention previous, boolean orNextClause) {
        int from = layout.sentenceStart(m.start());
        if (previous != null && previous.end() > from && previous.end() <= m.start()
                && !lexicon.ruleWords("lawTopicKeys").contains(previous.key())) {
            from = previous.end();
        }
        int ce = layout.clauseEnd(m.end());
        int to = orNextClause && ce < layout.sentenceEnd(m.end()) ? layout.clauseEnd(ce + 1) : ce;
        return lawWordIn(layout.text(), from, to);
    }

    /** A law word in [from, to) that is not part of a phrase about party rules (党内法规 are not laws, rule 7). */
    private boolean lawWordIn(String t, int from, int to) {
        List<String> partyRules = lexicon.ruleWords("notLaw");
        for (String w : lexicon.ruleWords("lawWords")) {
            for (int at = ReportLayout.find(t, w, from, to); at >= 0; at = ReportLayout.find(t, w, at + 1, to)) {
                if (!insideAny(t, partyRules, at, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word {@code w} found at {@code at} is part of one of the phrases there (法规 in 党内法规). */
    private static boolean insideAny(String t, List<String> phrases, int at, String w) {
        for (String p : phrases) {
            int i = p.indexOf(w);
            if (i >= 0 && at - i >= 0 && t.startsWith(p, at - i)) {
                return true;
            }
        }
        return false;
    }

    /** The listed item the number belongs to: from the 、 before it (or the clause start) … */
    private static int itemStart(ReportLayout layout, Mention m) {
        int cs = layout.clauseStart(m.start());
        int sep = ReportLayout.findLast(layout.text(), "、", cs, m.start());
        return sep < 0 ? cs : sep + 1;
    }

    /** … to the 、 after it (or the clause end). */
    private static int itemEnd(ReportLayout layout, Mention m) {
        int ce = layout.clauseEnd(m.end());
        int sep = ReportLayout.find(layout.text(), "、", m.end(), ce);
        return sep < 0 ? ce : sep;
    }

    /** The audience named last before the number in its clause is the public (给群众上法治课), not cadres. */
    private boolean forThePublic(ReportLayout layout, Mention m) {
        String t = layout.text();
        int cs = layout.clauseStart(m.start());
        int publicAt = lastIn(t, lexicon.ruleWords("publicAudience"), cs, m.start());
        return publicAt >= 0 && publicAt > lastIn(t, lexicon.ruleWords("cadreAudience"), cs, m.start());
    }

    private static boolean isStudyOrTraining(String key) {
        return LAW_STUDY.equals(key) || TRAINING.equals(key);
    }

    private static int lastIn(String t, List<String> words, int from, int to) {
        int last = -1;
        for (String w : words) {
            last = Math.max(last, ReportLayout.findLast(t, w, from, to));
        }
        return last;
    }
}
