package io.fazhi.dashboard.ranking;

import java.util.Objects;

/** What the engine needs to know of a catalog indicator: its dimension, direction, kind and optional fixed goalposts. */
public record IndicatorSpec(String key, String dimension, Direction direction, String kind, Goalposts goalposts) {

    public IndicatorSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
    }

    public IndicatorSpec(String key, String dimension, Direction direction, String kind) {
        this(key, dimension, direction, kind, null);
    }

    public boolean ranked() {
        return direction != Direction.NONE;
    }
}
