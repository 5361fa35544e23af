package io.fazhi.indicator.extraction;

/** Canonical text plus, for every canonical char, the index of the original char it came from. */
record NormalizedText(String original, String text, int[] origin) {

    /** Original offset of a canonical start offset. */
    int originalStart(int start) {
        return start < text.length() ? origin[start] : original.length();
    }

    /** Original offset (exclusive) of a canonical end offset (exclusive). */
    int originalEnd(int end) {
        return end <= 0 ? 0 : origin[end - 1] + 1;
    }

    /** The original text behind a canonical span. */
    String originalSlice(int start, int end) {
        return original.substring(originalStart(start), Math.max(originalStart(start), originalEnd(end)));
    }
}
