package io.fazhi.submission.service;

import io.fazhi.commons.problem.Violation;

/** A request field whose value the use case cannot accept (beyond what bean validation checks). */
public class InvalidRequestException extends RuntimeException {

    private final Violation violation;

    public InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.violation = new Violation(field, message);
    }

    public Violation violation() {
        return violation;
    }
}
