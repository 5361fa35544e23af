package io.fazhi.submission.detection;

import java.util.ArrayList;
import java.util.List;

/** A text to read (the report text or the given title) with its lines and their offsets. */
record TextSource(String name, String text) {

    private static final int HEAD_CHARS = 3000;
    private static final int MAX_HEAD_LINES = 20;
    private static final int MAX_LINE_CHARS = 1000;

    /** One line: {@code text[start, end)}, without its line break. */
    record Line(int start, int end, String content) {
    }

    /**
     * The heading lines: the non-blank lines before the first body paragraph (a long line), at most 20 of them.
     * Title, addressee, document number and signer live here; the body cites other units' years and documents.
     * Reading stops within the first 3,000 characters, so that the work does not grow with a hostile text's length
     * (two million line breaks, a line of a million spaces).
     */
    List<Line> head() {
        List<Line> head = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length && start <= HEAD_CHARS && head.size() < MAX_HEAD_LINES) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
                if (end - start > MAX_LINE_CHARS) {
                    return head; // no heading line is this long: the body has begun
                }
            }
            String content = text.substring(start, end).strip();
            boolean rule = content.chars().allMatch(c -> c == '-' || c == '*' || c == '=' || c == '#');
            if (!content.isEmpty() && !rule) {
                if (compactLength(content) > 60) {
                    break;
                }
                head.add(new Line(start, end, text.substring(start, end)));
            }
            start = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return head;
    }

    private static int compactLength(String s) {
        return (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
