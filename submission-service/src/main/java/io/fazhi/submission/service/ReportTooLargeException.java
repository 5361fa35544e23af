package io.fazhi.submission.service;

/** A report text over the configured size limit. */
public class ReportTooLargeException extends RuntimeException {

    public ReportTooLargeException(long bytes, long limit) {
        super("The report text has " + bytes + " bytes in UTF-8; the limit is " + limit + " bytes.");
    }
}
