package io.fazhi.indicator.extraction;

/** Recognizes the numbering that opens a report heading: 一、 / 第一部分 (level 1), （一） (level 2), 1. / 1、 (level 3). */
final class Headings {

    private Headings() {
    }

    /** Level of the numbering at {@code at}, 0 when the text there is not numbered. */
    static int numberingLevel(CharSequence s, int at) {
        int n = s.length();
        if (at >= n) {
            return 0;
        }
        char c = s.charAt(at);
        if (c == '第') {
            int j = skipChineseDigits(s, at + 1);
            return j > at + 1 && j < n && "部章".indexOf(s.charAt(j)) >= 0 ? 1 : 0;
        }
        if (c == '（' || c == '(') {
            int j = skipChineseDigits(s, at + 1);
            if (j == at + 1) {
                j = skipArabic(s, at + 1);
                return j > at + 1 && j < n && (s.charAt(j) == '）' || s.charAt(j) == ')') ? 3 : 0;
            }
            return j < n && (s.charAt(j) == '）' || s.charAt(j) == ')') ? 2 : 0;
        }
        int j = skipChineseDigits(s, at);
        if (j > at) {
            return j < n && "、.．".indexOf(s.charAt(j)) >= 0 ? 1 : 0;
        }
        j = skipArabic(s, at);
        if (j > at && j - at <= 2 && j < n && "、.．".indexOf(s.charAt(j)) >= 0) {
            // "4.15国家安全宣传日" is a date, not a heading
            return j + 1 < n && Character.isDigit(s.charAt(j + 1)) ? 0 : 3;
        }
        return 0;
    }

    /** Offset just after the numbering at {@code at} (or {@code at} when none). */
    static int afterNumbering(CharSequence s, int at) {
        if (numberingLevel(s, at) == 0) {
            return at;
        }
        int j = at;
        while (j < s.length() && "、.．）)部分章".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        while (j < s.length() && "、.．）)部分章".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    /** A numbered point at {@code at}: 一是, 二是 … 十是. */
    static boolean isPoint(CharSequence s, int at) {
        return at + 1 < s.length() && s.charAt(at + 1) == '是'
                && (NumeralParser.digitValue(s.charAt(at)) > 0 || s.charAt(at) == '十');
    }

    static boolean hasSentenceEnd(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("。！？".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int skipChineseDigits(CharSequence s, int i) {
        int start = i;
        while (i < s.length() && i - start < 4 && (NumeralParser.digitValue(s.charAt(i)) > 0 || s.charAt(i) == '十')) {
            i++;
        }
        return i;
    }

    private static int skipArabic(CharSequence s, int i) {
        int start = i;
        while (i < s.length() && i - start < 3 && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
