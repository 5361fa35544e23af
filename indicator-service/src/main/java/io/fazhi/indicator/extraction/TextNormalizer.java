package io.fazhi.indicator.extraction;

import java.util.Arrays;

/**
 * Rewrites a submitted report into one canonical form (half-width digits, Chinese punctuation, no markdown,
 * no spaces, page-broken lines re-joined) and remembers where every char came from.
 */
final class TextNormalizer {

    /** A line shorter than this is a title or heading, so a missing full stop does not mean a page break. */
    private static final int MIN_BROKEN_LINE = 25;

    private final StringBuilder out = new StringBuilder();
    private int[] origin = new int[256];

    private TextNormalizer() {
    }

    static NormalizedText normalize(String original) {
        TextNormalizer n = new TextNormalizer();
        n.run(original);
        return new NormalizedText(original, n.out.toString(), Arrays.copyOf(n.origin, n.out.length()));
    }

    private void run(String s) {
        int lineStart = 0;
        int prevLineStart = -1; // canonical start of the last kept line
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            int before = out.length();
            if (prevLineStart >= 0) {
                append('\n', lineStart - 1);
            }
            int contentStart = out.length();
            appendLine(s, lineStart, lineEnd);
            if (out.length() == contentStart) {
                out.setLength(before); // blank, rule or page-number line: drop it and its break
            } else {
                if (prevLineStart >= 0 && continuesPreviousLine(prevLineStart, contentStart - 1, contentStart)) {
                    out.deleteCharAt(contentStart - 1);
                    System.arraycopy(origin, contentStart, origin, contentStart - 1, out.length() - contentStart + 1);
                    contentStart--;
                } else {
                    prevLineStart = contentStart;
                }
                if (prevLineStart < 0) {
                    prevLineStart = contentStart;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A long line without closing punctuation followed by a non-heading line was broken by a page or layout. */
    private boolean continuesPreviousLine(int prevStart, int prevEnd, int nextStart) {
        if (prevEnd - prevStart < MIN_BROKEN_LINE) {
            return false;
        }
        char last = out.charAt(prevEnd - 1);
        if ("。！？；：…".indexOf(last) >= 0) {
            return false;
        }
        return Headings.numberingLevel(out, nextStart) == 0
                && (Headings.numberingLevel(out, prevStart) == 0 || Headings.hasSentenceEnd(out, prevStart, prevEnd));
    }

    private void appendLine(String s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        while (i < to && (s.charAt(i) == '#' || s.charAt(i) == '>')) {
            i++;
        }
        if (isRuleOrPageNumber(s, i, to)) {
            return;
        }
        for (; i < to; i++) {
            char c = s.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < to && s.charAt(i + 1) == c) {
                i++;
                continue;
            }
            if (c == '\r' || c == '\uFEFF') {
                continue;
            }
            if (isSpace(c)) {
                // a space survives only between two Latin letters or digits, so "12 345" never becomes 12345
                if (out.length() > 0 && isAsciiAlnum(out.charAt(out.length() - 1)) && i + 1 < to
                        && isAsciiAlnum(fold(s.charAt(i + 1)))) {
                    append(' ', i);
                }
                continue;
            }
            append(canonical(s, i, to, c), i);
        }
    }

    private char canonical(String s, int i, int to, char c) {
        char f = fold(c);
        char prev = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
        boolean prevDigit = prev >= '0' && prev <= '9';
        switch (f) {
            case ',':
            case '，':
                return prevDigit && thousandsGroupFollows(s, i + 1, to) ? ',' : '，';
            case ':':
                return prevDigit && i + 1 < to && Character.isDigit(fold(s.charAt(i + 1))) ? ':' : '：';
            case ';': return '；';
            case '!': return '！';
            case '?': return '？';
            case '(': return '（';
            case ')': return '）';
            default: return f;
        }
    }

    private static boolean thousandsGroupFollows(String s, int i, int to) {
        int digits = 0;
        while (i + digits < to && Character.isDigit(fold(s.charAt(i + digits)))) {
            digits++;
        }
        return digits == 3;
    }

    /** Full-width forms to ASCII, except the Chinese punctuation we keep as the canonical form. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && "，（）：；！？".indexOf(c) < 0) {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '○': case '◯': return '〇';
            case '﹝': return '〔';
            case '﹞': return '〕';
            default: return c;
        }
    }

    private static boolean isRuleOrPageNumber(String s, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = fold(s.charAt(i));
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("-—–_*=·/ 第页\r\t\u3000".indexOf(c) < 0) {
                return false;
            }
        }
        return digit || to - from >= 3;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private void append(char c, int originalIndex) {
        if (out.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[out.length()] = originalIndex;
        out.append(c);
    }
}
