package io.fazhi.submission.intake;

/** A bulk upload over a limit of the whole upload (files in it, bytes it inflates to); nothing was stored. */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException(String detail) {
        super(detail);
    }
}
