package io.fazhi.commons.locks;

/** A change to a report year that a standing lock forbids: a 409 {@code year-locked} problem, nothing changed. */
public class YearLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public YearLockedException(String message) {
        super(message);
    }
}
