package io.fazhi.indicator.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the shared seed reports from the module directory (Maven) or the repository root (IDE, scripts). */
public final class SeedTexts {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("../../shared/seeds"), Path.of("../shared/seeds"), Path.of("../../../shared/seeds"));

    private SeedTexts() {
    }

    /** The seeds directory, or empty when this checkout has none (then seed tests are skipped). */
    public static Optional<Path> directory() {
        String override = System.getProperty("fazhi.seeds");
        if (override != null) {
            return Optional.of(Path.of(override)).filter(Files::isDirectory);
        }
        return CANDIDATES.stream().filter(Files::isDirectory).findFirst();
    }
}
