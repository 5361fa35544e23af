package io.fazhi.dashboard.ranking;

/** Fixed lower and upper bounds (policy targets or multi-year bounds) that score an indicator independently of the area. */
public record Goalposts(double min, double max) {

    public Goalposts {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("goalposts need finite min < max, got " + min + ", " + max);
        }
    }
}
