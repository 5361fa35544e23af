package io.fazhi.indicator.service;

/** Text that the extraction endpoint will not read: empty, over the size limit, or not decodable. */
public class InvalidTextException extends RuntimeException {

    private final int status;
    private final String slug;

    public InvalidTextException(int status, String slug, String message) {
        super(message);
        this.status = status;
        this.slug = slug;
    }

    public static InvalidTextException empty() {
        return new InvalidTextException(400, "empty-text", "The text is empty.");
    }

    public static InvalidTextException tooLarge(long bytes, int limit) {
        return new InvalidTextException(413, "text-too-large",
                "The text has " + bytes + " bytes in UTF-8; the limit is " + limit + " bytes.");
    }

    public static InvalidTextException undecodable(String charset, long offset) {
        return new InvalidTextException(400, "undecodable-text",
                "The body is not valid " + charset + " (first bad byte at offset " + offset + ").");
    }

    public static InvalidTextException unsupportedCharset(String charset) {
        return new InvalidTextException(415, "unsupported-charset",
                "The charset '" + charset + "' is not read here; send UTF-8, GBK or GB18030.");
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
