package io.fazhi.dashboard.ranking;

import java.util.List;
import java.util.Optional;

/**
 * A composite index (overall when {@code dimension} is null, else one dimension): ranked entries first, then the
 * townships with insufficient data; every treatment applied; the methodology, its version and the hash of the input
 * data, so that a published ranking can be recomputed; {@code uncertainty} is null unless it was simulated.
 */
public record CompositeResult(String dimension, Methodology methodology, String methodologyVersion, String dataHash,
        List<IndexIndicator> indicators, List<CompositeEntry> entries, List<Treatment> treatments,
        UncertaintySummary uncertainty) {

    public Optional<CompositeEntry> entry(String townshipCode) {
        return entries.stream().filter(e -> e.townshipCode().equals(townshipCode)).findFirst();
    }
}
