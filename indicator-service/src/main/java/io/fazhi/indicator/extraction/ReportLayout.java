package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sentences, paragraphs, top-level sections and the report year of a canonical report text. */
final class ReportLayout {

    static final String SENTENCE_ENDS = "。！？；\n";
    static final String CLAUSE_ENDS = "，：。！？；\n";
    /** Headings are short; a longer numbered line is body text that happens to start with 一、. */
    private static final int MAX_HEADING = 60;

    /** A top-level section: its heading text and the canonical range it covers. */
    record Section(String heading, int start, int end) {
    }

    private final String text;
    private final int[] sentenceStarts;
    private final List<Section> sections;
    private final int reportYear;

    private ReportLayout(String text, int[] sentenceStarts, List<Section> sections, int reportYear) {
        this.text = text;
        this.sentenceStarts = sentenceStarts;
        this.sections = sections;
        this.reportYear = reportYear;
    }

    static ReportLayout of(String t) {
        int[] starts = new int[64];
        int count = 0;
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = s;
                s = i + 1;
            }
        }
        return new ReportLayout(t, Arrays.copyOf(starts, count), sections(t), YearScope.reportYear(t));
    }

    private static List<Section> sections(String t) {
        List<Section> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            if (Headings.numberingLevel(t, lineStart) == 1) {
                int headEnd = lineEnd;
                for (int i = lineStart; i < lineEnd; i++) {
                    if ("。！？".indexOf(t.charAt(i)) >= 0) {
                        headEnd = i;
                        break;
                    }
                }
                if (headEnd - lineStart <= MAX_HEADING) {
                    if (!found.isEmpty()) {
                        Section last = found.remove(found.size() - 1);
                        found.add(new Section(last.heading(), last.start(), lineStart));
                    }
                    found.add(new Section(t.substring(Headings.afterNumbering(t, lineStart), headEnd), lineStart, t.length()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(found);
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

    /** Start of the sentence containing {@code pos}. */
    int sentenceStart(int pos) {
        int idx = Arrays.binarySearch(sentenceStarts, pos);
        return idx >= 0 ? sentenceStarts[idx] : sentenceStarts[Math.max(0, -idx - 2)];
    }

    /** End (exclusive, including its closing mark) of the sentence containing {@code pos}. */
    int sentenceEnd(int pos) {
        int i = pos;
        while (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
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
        int i = pos;
        while (i > 0 && CLAUSE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    int clauseEnd(int pos) {
        int i = pos;
        while (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    int paragraphStart(int pos) {
        return text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    }

    /** The top-level section containing {@code pos}, or null before the first heading. */
    Section sectionAt(int pos) {
        Section hit = null;
        for (Section s : sections) {
            if (s.start() <= pos && pos < s.end()) {
                hit = s;
            }
        }
        return hit;
    }
}
