package io.fazhi.dashboard.rest;

import java.util.List;

import io.fazhi.commons.problem.Violation;

/** Query parameters that fail their checks: a 400 with one violation per parameter, as for bean validation. */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidQueryException(List<Violation> violations) {
        super("invalid query parameters: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
