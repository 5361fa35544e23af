package io.fazhi.indicator.extraction;

/**
 * Decides whether a number speaks of this township in the report year: numbers of other years, of next
 * year's plans and of other (higher) bodies are recognized as quantities but feed no indicator.
 */
final class ScopeFilter {

    private final Lexicon lexicon;
    private final StructureDetector structure;

    ScopeFilter(Lexicon lexicon, StructureDetector structure) {
        this.lexicon = lexicon;
        this.structure = structure;
    }

    boolean inScope(ReportLayout layout, int pos) {
        return !isPlan(layout, pos) && !isOtherYear(layout, pos) && !isOtherBody(layout, pos);
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
            if (ReportLayout.find(t, w, from, pos) >= 0) {
                return true;
            }
        }
        return false;
    }
}
