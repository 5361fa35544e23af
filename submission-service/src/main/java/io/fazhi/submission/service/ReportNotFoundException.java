package io.fazhi.submission.service;

/** No report has the requested id. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(long id) {
        super("No report with id " + id + ".");
    }
}
