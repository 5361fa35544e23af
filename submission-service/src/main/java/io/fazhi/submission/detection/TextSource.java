package io.fazhi.submission.detection;

import java.util.ArrayList;
import java.util.List;

/** A text to read (the report text or the given title) with its lines and their offsets. */
record TextSource(String name, String text) {

    /** One line: {@code text[start, end)}, without its line break. */
    record Line(int start, int end, String content) {
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(new Line(start, i, text.substring(start, i)));
                if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * The heading lines: the non-blank lines before the first body paragraph (a long line), at most 20 of them.
     * Title, addressee, document number and signer live here; the body cites other units' years and documents.
     */
    List<Line> head() {
        List<Line> head = new ArrayList<>();
        for (Line line : lines()) {
            String content = line.content().strip();
            if (content.isEmpty() || content.chars().allMatch(c -> c == '-' || c == '*' || c == '=' || c == '#')) {
                continue;
            }
            if (compactLength(content) > 60 || head.size() >= 20 || line.start() > 3000) {
                break;
            }
            head.add(line);
        }
        return head;
    }

    private static int compactLength(String s) {
        return (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
