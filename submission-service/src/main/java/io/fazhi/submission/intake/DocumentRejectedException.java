package io.fazhi.submission.intake;

/** An uploaded file that cannot become a report; nothing was stored. */
public class DocumentRejectedException extends RuntimeException {

    /** Why, with the HTTP status and problem type it answers with. */
    public enum Reason {
        TOO_LARGE(413, "file-too-large", "The file is too large"),
        UNSUPPORTED_TYPE(415, "unsupported-file-type", "The file type is not supported"),
        CONTENT_MISMATCH(422, "file-content-mismatch", "The file's content does not match its name"),
        MALFORMED(422, "malformed-document", "The document is damaged or incomplete"),
        UNSAFE(422, "unsafe-document", "The document expands beyond safe limits"),
        ENCRYPTED(422, "encrypted-document", "The document is password-protected"),
        NO_TEXT(422, "no-text", "The document contains no text");

        private final int status;
        private final String slug;
        private final String title;

        Reason(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
