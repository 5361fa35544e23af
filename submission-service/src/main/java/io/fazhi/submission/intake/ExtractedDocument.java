package io.fazhi.submission.intake;

/** The text read from an uploaded file; {@code charset} only for plain text. */
public record ExtractedDocument(DocumentFormat format, String text, String charset) {
}
