package io.fazhi.submission.service;

/** A decision the report's state does not allow (a 409): nothing is changed. */
public class ReportStateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportStateConflictException(String message) {
        super(message);
    }
}
