package io.fazhi.indicator.service;

import java.util.List;

import io.fazhi.commons.problem.Violation;

/** A correction that cannot be applied as asked: a 400 naming each field at fault. Nothing is stored. */
public class InvalidCorrectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidCorrectionException(List<Violation> violations) {
        super("The correction cannot be applied: " + violations.stream().map(v -> v.field() + " " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("") + ". Nothing was stored.");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
