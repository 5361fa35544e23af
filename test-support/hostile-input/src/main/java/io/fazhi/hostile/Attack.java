package io.fazhi.hostile;

/**
 * One hostile request: what kind of attack it is, its exact bytes, and whether it must be refused ({@code
 * refusal}: a 4xx problem) or may be answered (hostile but valid, such as a crafted text to extract from: a 2xx or a
 * 4xx problem). Neither may ever get a 5xx.
 */
public record Attack(String what, String method, String path, String contentType, byte[] body, boolean refusal) {

    /** A request built to be refused. */
    public Attack(String what, String method, String path, String contentType, byte[] body) {
        this(what, method, path, contentType, body, true);
    }

    /** A hostile request that is nevertheless valid. */
    public static Attack answerable(String what, String method, String path, String contentType, byte[] body) {
        return new Attack(what, method, path, contentType, body, false);
    }

    /** The request with another path (with a service's prefix, say). */
    public Attack at(String newPath) {
        return new Attack(what, method, newPath, contentType, body, refusal);
    }
}
