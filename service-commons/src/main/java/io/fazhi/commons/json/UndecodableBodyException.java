package io.fazhi.commons.json;

/** A JSON body that is not valid UTF-8. */
public class UndecodableBodyException extends RuntimeException {

    private final long offset;

    public UndecodableBodyException(long offset) {
        super("The body is not valid UTF-8: the byte at offset " + offset + " starts no valid sequence. JSON is UTF-8.");
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
