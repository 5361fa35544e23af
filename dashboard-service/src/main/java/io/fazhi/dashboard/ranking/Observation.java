package io.fazhi.dashboard.ranking;

import java.util.Objects;

/**
 * One canonical value of one township for one indicator. A missing value is the absence of an observation; an explicit
 * zero ("全年无一起行政复议") is an observation with value 0.
 */
public record Observation(String townshipCode, String township, String key, double value, boolean approx) {

    public Observation {
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(key, "key");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + key + " for " + townshipCode + " is not finite");
        }
    }
}
