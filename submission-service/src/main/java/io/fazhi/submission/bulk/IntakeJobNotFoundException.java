package io.fazhi.submission.bulk;

/** No bulk intake job with this id. */
public class IntakeJobNotFoundException extends RuntimeException {

    public IntakeJobNotFoundException(long id) {
        super("No intake job with id " + id + ".");
    }
}
