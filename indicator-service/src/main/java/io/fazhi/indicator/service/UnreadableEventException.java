package io.fazhi.indicator.service;

/** A message that can never be processed as it stands; it goes to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }

    public UnreadableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
