package io.fazhi.submission.registry;

/** The bundled edition, loaded once per test JVM. */
public final class BundledRegistry {

    private static final TownshipRegistry REGISTRY = TownshipRegistry.of(TownshipCsv.bundled());

    private BundledRegistry() {
    }

    public static TownshipRegistry get() {
        return REGISTRY;
    }
}
