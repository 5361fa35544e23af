package io.fazhi.submission.files;

/** An uploaded file as received, with the format it was read as and, for plain text, its character set. */
public record OriginalFile(String filename, String contentType, String format, String charset, byte[] content) {
}
