package io.fazhi.dashboard.service;

/**
 * A composite with uncertainty needs more memory than this replica can give it: at all ({@code retryable} false), or
 * now, while other computations hold their part ({@code retryable} true). A 503: nothing is stored or changed.
 */
public class CompositeTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public CompositeTooLargeException(String what, long needed, long available, boolean retryable) {
        super(String.format("The %s needs about %d MB of memory for its rank intervals; this replica has %d MB for "
                + "them%s. Ask with runs=0 (no rank intervals) or for a smaller area, or give the service more heap.",
                what, mb(needed), mb(Math.max(available, 0)), retryable
                        ? " free now, while other rankings are computed: try again shortly" : " in all"),
                null, false, false);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
