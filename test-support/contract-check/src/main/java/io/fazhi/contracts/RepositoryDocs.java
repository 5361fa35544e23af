package io.fazhi.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code docs/} folder, found from the working directory of a module's tests. */
final class RepositoryDocs {

    private RepositoryDocs() {
    }

    static Path resolve(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path docs = dir.resolve("docs");
            if (Files.isDirectory(docs.resolve("schemas"))) {
                return docs.resolve(relative);
            }
        }
        throw new IllegalStateException("no docs/schemas above " + Path.of("").toAbsolutePath());
    }
}
