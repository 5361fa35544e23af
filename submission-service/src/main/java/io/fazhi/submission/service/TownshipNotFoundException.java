package io.fazhi.submission.service;

/** No township has the requested code. */
public class TownshipNotFoundException extends RuntimeException {

    public TownshipNotFoundException(String code) {
        super("No township with code " + code + " in the registry.");
    }
}
