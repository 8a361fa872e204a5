package org.articlekit.exporter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code seeds/} rendered with default options equals its golden file
 * {@code src/test/resources/golden/text/<seed name without extension>.txt}.
 *
 * <p>When the parser or the renderer changes on purpose, regenerate the golden files with
 * {@code mvn -pl exporter -am test -Dtest=TextGoldenTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the diff before committing it.
 */
class TextGoldenTest {

    private static final Path SEEDS = Paths.get("..", "seeds");
    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden", "text");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path goldenFor(Path seed) {
        String name = seed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return GOLDEN.resolve((dot > 0 ? name.substring(0, dot) : name) + ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedMatchesItsGoldenFile(Path seed) throws IOException {
        Article article = ArticleParser.create().parse(Files.readAllBytes(seed), "seeds/" + seed.getFileName());
        String actual = new TextExporter().render(article);
        Path golden = goldenFor(seed);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + ": run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }

    @Test
    void everySeedHasItsOwnGoldenFileAndNoGoldenFileIsOrphaned() throws IOException {
        List<Path> seeds = seeds();
        assertFalse(seeds.isEmpty(), "seeds found in " + SEEDS.toAbsolutePath());
        Set<Path> expected = new HashSet<>();
        for (Path seed : seeds) {
            assertTrue(expected.add(goldenFor(seed)), "two seeds share the golden file " + goldenFor(seed));
        }
        if (!UPDATE) {
            try (Stream<Path> files = Files.list(GOLDEN)) {
                files.forEach(golden -> assertTrue(expected.contains(golden), "golden file without a seed: " + golden));
            }
        }
    }
}
