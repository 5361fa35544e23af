package io.fazhi.submission.detection;

/**
 * The words a value was read from: {@code quote} is {@code source}{@code [start, end)} in UTF-16 offsets (Java
 * String indices), {@code source} is {@code text} or {@code title}; {@code rule} names the reading.
 */
public record Evidence(String source, String quote, int start, int end, String rule) {

    public static final String TEXT = "text";
    public static final String TITLE = "title";

    static Evidence of(TextSource source, int start, int end, String rule) {
        return new Evidence(source.name(), source.text().substring(start, end), start, end, rule);
    }
}
