package org.articlekit.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared corpus of real archives, which lives outside the project: tests over it skip themselves when it is
 * absent (a fresh clone). {@code -Darticlekit.corpus=DIR} or {@code ARTICLEKIT_CORPUS} names another place.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The corpus folder, or {@code null} when there is none. */
    public static Path find() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("articlekit.corpus", System.getenv("ARTICLEKIT_CORPUS"));
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("..", "..", "shared", "corpus"));
        candidates.add(Path.of("..", "..", "..", "shared", "corpus"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }
}
