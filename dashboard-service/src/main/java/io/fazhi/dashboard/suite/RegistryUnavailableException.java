package io.fazhi.dashboard.suite;

/** The township registry (submission-service) could not be asked or gave no usable answer: a 503. */
public class RegistryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
