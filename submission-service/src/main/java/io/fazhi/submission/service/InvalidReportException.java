package io.fazhi.submission.service;

import java.util.List;

import io.fazhi.commons.problem.Violation;

/** A submission that cannot be accepted as it stands; nothing was stored. */
public class InvalidReportException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidReportException(List<Violation> violations) {
        super("The report is invalid: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
