package io.fazhi.submission.files;

/** The uploaded original of a report: what it was, and where to download it. */
public record FileView(String filename, String contentType, String format, String charset, long sizeBytes,
        String sha256, String href) {
}
