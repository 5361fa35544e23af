package io.fazhi.submission.service;

/** No report has the requested id (or the report has no such part). */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(long id) {
        super("No report with id " + id + ".");
    }

    public ReportNotFoundException(String message) {
        super(message);
    }
}
