package io.fazhi.indicator.extraction;

/** Finds the year a report covers and the year a clause speaks of (2017年…, 去年…). */
final class YearScope {

    /** The title names the year within the first lines; document numbers like 〔2024〕 carry no 年. */
    private static final int TITLE_SPAN = 600;
    /** A leading clause such as "2021年，" sets the year for its whole sentence. */
    private static final int YEAR_ONLY_CLAUSE = 8;
    /** A document's name in 《》 is at most this long. */
    private static final int TITLE_LENGTH = 60;
    /** Words that bring a sentence back to the report year after an earlier year was named. */
    private static final String[] PRESENT = {"全镇", "全乡", "全街道", "今年", "全年", "本年", "目前", "截至", "截止"};

    private YearScope() {
    }

    static int reportYear(String t) {
        int y = lastYear(t, 0, Math.min(t.length(), TITLE_SPAN), true);
        return y > 0 ? y : lastYear(t, 0, t.length(), true);
    }

    /**
     * Year the text before {@code pos} speaks of: the nearest year in its sentence, unless a clause in between
     * turns back to the whole township or the present (全镇…, 今年…) and no "2019年，" opens the sentence; 0 if none.
     */
    static int yearAt(ReportLayout layout, int pos) {
        String t = layout.text();
        int sentenceStart = layout.sentenceStart(pos);
        int to = pos;
        int clauseStart = layout.clauseStart(pos);
        while (true) {
            int y = lastYear(t, clauseStart, to, false);
            if (y != 0) {
                return y;
            }
            if (containsAny(t, clauseStart, to, "去年", "上年", "前年", "上一年")) {
                return layout.reportYear() - 1;
            }
            if (containsAny(t, clauseStart, to, PRESENT)) {
                // "…，全镇13个村…" turns back to the present, unless the sentence opened with "2019年，"
                int firstEnd = layout.clauseEnd(sentenceStart);
                return firstEnd - sentenceStart <= YEAR_ONLY_CLAUSE ? lastYear(t, sentenceStart, firstEnd, false) : 0;
            }
            if (clauseStart <= sentenceStart) {
                return 0;
            }
            to = clauseStart - 1;
            clauseStart = layout.clauseStart(to);
        }
    }

    /** The first (or last, when {@code first} is false) year written as 19xx年/20xx年 in [from, to). */
    private static int lastYear(String t, int from, int to, boolean first) {
        int found = 0;
        for (int i = from; i + 4 < to + 1 && i + 4 < t.length(); i++) {
            if (isYearAt(t, i) && (i == 0 || !Character.isDigit(t.charAt(i - 1))) && (first || !insideTitle(t, i))) {
                int j = i + 4;
                boolean range = j < t.length() && (t.charAt(j) == '-' || t.charAt(j) == '—' || t.charAt(j) == '至');
                if (j < t.length() && (t.charAt(j) == '年' || range)) {
                    found = Integer.parseInt(t.substring(i, j));
                    if (first && !range) {
                        return found;
                    }
                }
            }
        }
        return first ? (found > 0 ? found : 0) : found;
    }

    /**
     * Whether position i lies inside a 《title》 (《法治政府建设实施纲要（2021—2025年）》): the years of a document's name
     * are not the years a clause speaks of.
     */
    private static boolean insideTitle(String t, int i) {
        int open = t.lastIndexOf('《', i);
        int close = t.indexOf('》', i);
        return open >= 0 && open > t.lastIndexOf('》', i) && close >= 0 && close - open <= TITLE_LENGTH;
    }

    private static boolean isYearAt(String t, int i) {
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        return ((a == '2' && b == '0') || (a == '1' && b == '9'))
                && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3));
    }

    static boolean containsAny(String t, int from, int to, String... words) {
        for (String w : words) {
            if (ReportLayout.find(t, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }
}
