package io.fazhi.indicator.extraction;

/**
 * Decides whether a number speaks of this township in the report year: numbers of other years, of next
 * year's plans and of other (higher) bodies are recognized as quantities but feed no indicator.
 */
final class ScopeFilter {

    private static final String[] JOIN_VERBS = {"参加", "参与", "邀请"};

    private final Lexicon lexicon;
    private final StructureDetector structure;

    ScopeFilter(Lexicon lexicon, StructureDetector structure) {
        this.lexicon = lexicon;
        this.structure = structure;
    }

    boolean inScope(ReportLayout layout, int pos) {
        return !isPlan(layout, pos) && !isOtherYear(layout, pos) && !isOtherBody(layout, pos);
    }

    /** Why a number out of scope feeds no indicator (catalog: another year, a plan, another body). */
    String reason(ReportLayout layout, int pos) {
        if (isPlan(layout, pos)) {
            return "scope: a plan, not this year's work";
        }
        return isOtherYear(layout, pos) ? "scope: another year" : "scope: another body's work";
    }

    boolean isPlan(ReportLayout layout, int pos) {
        if (structure.isPlanOnly(layout.sectionAt(pos))) {
            return true;
        }
        String t = layout.text();
        int s = layout.sentenceStart(pos);
        int body = Headings.afterNumbering(t, s);
        for (String w : lexicon.planMarkers()) {
            if (t.startsWith(w, body)) {
                return true;
            }
        }
        return false;
    }

    boolean isOtherYear(ReportLayout layout, int pos) {
        int year = YearScope.yearAt(layout, pos);
        return year != 0 && layout.reportYear() != 0 && year != layout.reportYear();
    }

    boolean isOtherBody(ReportLayout layout, int pos) {
        String t = layout.text();
        int from = layout.clauseStart(pos);
        for (String w : lexicon.otherBodies()) {
            for (int at = ReportLayout.find(t, w, from, pos); at >= 0; at = ReportLayout.find(t, w, at + 1, pos)) {
                if (!joins(t, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "参加全县法治培训2次", "邀请县委党校专家…": the township's own activity involving a body. */
    private static boolean joins(String t, int bodyAt) {
        for (String v : JOIN_VERBS) {
            if (bodyAt >= v.length() && t.startsWith(v, bodyAt - v.length())) {
                return true;
            }
        }
        return false;
    }
}
