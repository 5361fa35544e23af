package io.fazhi.indicator.service;

/** Text that the extraction endpoint will not read: empty, or over the size limit. */
public class InvalidTextException extends RuntimeException {

    private final int status;

    public InvalidTextException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
