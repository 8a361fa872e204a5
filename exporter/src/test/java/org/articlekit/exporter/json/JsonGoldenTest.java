package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed through {@code --to json} equals its golden file in {@code src/test/resources/golden/json/}, and
 * every golden file is valid against the published schema.
 *
 * <p>Run with {@code -Dgolden.update=true} to (re)write the golden files from the current parser and exporter;
 * then read the diff before committing it.
 */
class JsonGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "json");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Path> seeds() {
        return Seeds.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedMatchesItsGoldenFile(Path seed) throws IOException {
        String actual = JsonExporter.pretty().render(Seeds.parse(seed));
        Path golden = GOLDEN.resolve(seed.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertEquals("", SchemaCheck.problems(expected), golden + " is not valid against the schema");
        assertEquals(expected, actual, seed.toString());
    }

    @Test
    void everyGoldenFileHasASeed() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            long orphans = files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(name -> Seeds.files().stream().noneMatch(
                            s -> s.getFileName().toString().replaceFirst("\\.[^.]*$", "").equals(name)))
                    .count();
            assertEquals(0, orphans, "golden files without a seed in " + GOLDEN);
        }
    }
}
