package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sentences, paragraphs, top-level sections and the report year of a canonical report text. */
final class ReportLayout {

    static final String SENTENCE_ENDS = "。！？；\n";
    static final String CLAUSE_ENDS = "，：。！？；\n";
    /**
     * A run this long without an end mark is cut into pieces of this length, as if it were marked: every look
     * around a quantity stays within its sentence and clause, so the work per quantity is bounded whatever the text
     * (a crafted text of two million characters without a full stop is read in linear time). Real sentences and
     * clauses are far shorter.
     */
    static final int MAX_SENTENCE = 1000;
    static final int MAX_CLAUSE = 300;
    /** Headings are short; a longer numbered line is body text that happens to start with 一、. */
    private static final int MAX_HEADING = 60;
    private static final int MAX_POINT_HEADING = 40;

    /** A numbered heading below the top level (（三）…, 1.…): its text up to the first sentence end. */
    record SubHeading(String text, int start) {
    }

    /** A top-level section: its heading text and the canonical range it covers. */
    record Section(String heading, int start, int end) {
    }

    private final String text;
    private final int[] sentenceStarts;
    private final int[] clauseStarts;
    private final int[] lineStarts;
    private final List<Section> sections;
    private final int reportYear;

    private ReportLayout(String text, int[] sentenceStarts, int[] clauseStarts, int[] lineStarts, List<Section> sections,
            int reportYear) {
        this.text = text;
        this.sentenceStarts = sentenceStarts;
        this.clauseStarts = clauseStarts;
        this.lineStarts = lineStarts;
        this.sections = sections;
        this.reportYear = reportYear;
    }

    static ReportLayout of(String t) {
        return new ReportLayout(t, starts(t, SENTENCE_ENDS, MAX_SENTENCE), starts(t, CLAUSE_ENDS, MAX_CLAUSE),
                starts(t, "\n", Integer.MAX_VALUE), sections(t), YearScope.reportYear(t));
    }

    /**
     * 0, then every index just after one of {@code marks}, and after {@code max} characters without one: the
     * starts of the pieces the text falls into.
     */
    private static int[] starts(String t, String marks, int max) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        int last = 0;
        for (int i = 0; i < t.length(); i++) {
            if (marks.indexOf(t.charAt(i)) >= 0 || i + 1 - last >= max) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
                last = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The top-level sections: numbered headings (一、…) that open a line, or, in a page stored as one paragraph with
     * no such line, those that follow a space or a sentence end (…报告如下： 一、主要举措和成效 （一）…).
     */
    private static List<Section> sections(String t) {
        List<Section> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            if (Headings.numberingLevel(t, lineStart) == 1) {
                add(found, t, lineStart, headingEnd(t, lineStart, lineEnd, false));
            }
            lineStart = lineEnd + 1;
        }
        if (found.isEmpty()) {
            for (int i = 1; i < t.length(); i++) {
                char before = t.charAt(i - 1);
                boolean opens = Character.isWhitespace(before) || "。！？：".indexOf(before) >= 0;
                if (opens && before != '\n' && Headings.numberingLevel(t, i) == 1) {
                    add(found, t, i, headingEnd(t, i, t.length(), true));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Where a heading's text ends: at its first sentence end or line break, inline also before the sub-heading or space
     * after it; the scan stops past {@link #MAX_HEADING}, so that a page of crafted headings is read in linear time.
     */
    private static int headingEnd(String t, int start, int lineEnd, boolean inline) {
        int limit = Math.min(lineEnd, start + MAX_HEADING + 1);
        for (int i = start; i < limit; i++) {
            char c = t.charAt(i);
            if ("。！？\n".indexOf(c) >= 0 || inline && i > start + 2 && (c == '（' || Character.isWhitespace(c))) {
                return i;
            }
        }
        return limit;
    }

    private static void add(List<Section> found, String t, int start, int headEnd) {
        if (headEnd - start > MAX_HEADING) {
            return;
        }
        if (!found.isEmpty()) {
            Section last = found.remove(found.size() - 1);
            found.add(new Section(last.heading(), last.start(), start));
        }
        found.add(new Section(t.substring(Headings.afterNumbering(t, start), headEnd), start, t.length()));
    }

    String text() {
        return text;
    }

    int reportYear() {
        return reportYear;
    }

    List<Section> sections() {
        return sections;
    }

    /**
     * The numbered headings below the top level and the numbered points that open a sentence (一是…, 二是…), each up to
     * its first sentence end, read on demand (only the structure check needs them).
     */
    List<SubHeading> subHeadings() {
        List<SubHeading> found = new ArrayList<>();
        for (int lineStart : lineStarts) {
            int level = Headings.numberingLevel(text, lineStart);
            if (level == 2 || level == 3) {
                found.add(new SubHeading(firstSentence(Headings.afterNumbering(text, lineStart)), lineStart));
            }
        }
        for (int s : sentenceStarts) {
            // a point is a heading only when its sentence is short: 一是强化组织保障，扎实推进…第一责任人职责。
            if (Headings.isPoint(text, s) && ReportLayout.find(text, "。", s, s + MAX_POINT_HEADING) >= 0) {
                found.add(new SubHeading(firstSentence(s + 2), s));
            }
        }
        return found;
    }

    /** The text from {@code from} to its first sentence end or line break, at most {@link #MAX_HEADING} chars. */
    private String firstSentence(int from) {
        int end = Math.min(text.length(), from + MAX_HEADING);
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '。' || text.charAt(i) == '\n') {
                return text.substring(from, i);
            }
        }
        return text.substring(from, end);
    }

    /** Start of the sentence containing {@code pos}. */
    int sentenceStart(int pos) {
        return startAtOrBefore(sentenceStarts, pos);
    }

    /** End (exclusive, including its closing mark unless a line break) of the sentence containing {@code pos}. */
    int sentenceEnd(int pos) {
        int next = startAfter(sentenceStarts, pos);
        if (next < 0) {
            return text.length();
        }
        return text.charAt(next - 1) == '\n' ? next - 1 : next;
    }

    /** First index of {@code w} starting in [from, to - w.length()], or -1: a search that never runs past {@code to}. */
    static int find(String t, String w, int from, int to) {
        int last = Math.min(to, t.length()) - w.length();
        if (w.isEmpty()) {
            return -1;
        }
        char first = w.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (t.charAt(i) == first && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any of {@code words} lies wholly inside [from, to). */
    static boolean containsAny(String t, List<String> words, int from, int to) {
        for (String w : words) {
            if (find(t, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Last index of {@code w} lying wholly inside [from, to), or -1. */
    static int findLast(String t, String w, int from, int to) {
        if (w.isEmpty()) {
            return -1;
        }
        char first = w.charAt(0);
        for (int i = Math.min(to, t.length()) - w.length(); i >= Math.max(0, from); i--) {
            if (t.charAt(i) == first && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    int clauseStart(int pos) {
        return startAtOrBefore(clauseStarts, pos);
    }

    /** The index of the mark that ends the clause containing {@code pos}, or where the clause is cut. */
    int clauseEnd(int pos) {
        int next = startAfter(clauseStarts, pos);
        if (next < 0) {
            return text.length();
        }
        return CLAUSE_ENDS.indexOf(text.charAt(next - 1)) >= 0 ? next - 1 : next;
    }

    int paragraphStart(int pos) {
        return startAtOrBefore(lineStarts, pos);
    }

    private static int startAtOrBefore(int[] starts, int pos) {
        int idx = Arrays.binarySearch(starts, pos);
        return idx >= 0 ? starts[idx] : starts[Math.max(0, -idx - 2)];
    }

    /** The first start after {@code pos}, or -1 when the piece at {@code pos} runs to the end of the text. */
    private static int startAfter(int[] starts, int pos) {
        int idx = Arrays.binarySearch(starts, pos + 1);
        int at = idx >= 0 ? idx : -idx - 1;
        return at < starts.length ? starts[at] : -1;
    }

    /** The top-level section containing {@code pos}, or null before the first heading. */
    Section sectionAt(int pos) {
        int low = 0;
        int high = sections.size() - 1;
        while (low <= high) { // sections are in text order and do not overlap
            int mid = (low + high) >>> 1;
            Section s = sections.get(mid);
            if (pos < s.start()) {
                high = mid - 1;
            } else if (pos >= s.end()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
