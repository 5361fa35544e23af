package io.fazhi.shared;

import org.junit.jupiter.api.Assumptions;

/**
 * The real reports beside the checkout ({@code ../shared/seeds}, {@code ../shared/dev-set}) are what the extraction and
 * intake tests are judged on. Without them a developer's test is skipped; in CI ({@code CI=true}) their absence fails
 * the test, so that a run without the real reports cannot pass silently.
 */
public final class SharedData {

    private SharedData() {
    }

    /** Goes on when the shared data is present; otherwise fails under CI=true and skips the test elsewhere. */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + " (CI=true: the real reports of ../shared must be beside the checkout)");
        }
        Assumptions.abort(missing);
    }
}
