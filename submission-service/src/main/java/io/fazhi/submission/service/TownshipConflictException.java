package io.fazhi.submission.service;

/** A registry change that would clash with a unit that exists (same code, or same name in the county). */
public class TownshipConflictException extends RuntimeException {

    public TownshipConflictException(String message) {
        super(message);
    }
}
