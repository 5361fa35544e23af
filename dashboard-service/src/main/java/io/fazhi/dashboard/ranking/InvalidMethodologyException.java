package io.fazhi.dashboard.ranking;

/** A methodology that cannot be applied (unknown or negative weight, threshold outside 0..1): a client error. */
public class InvalidMethodologyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidMethodologyException(String message) {
        super(message);
    }
}
