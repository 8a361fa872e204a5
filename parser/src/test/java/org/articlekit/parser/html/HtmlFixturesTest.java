package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code html/NAME.html} fixture read into a tree equals {@code html/NAME.json}. Run with
 * {@code -Darticlekit.updateFixtures=true} to (re)write the expected files — then read every changed one.
 */
class HtmlFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/html");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void treeMatchesExpected(String name) throws IOException {
        String html = Files.readString(DIR.resolve(name + ".html"), StandardCharsets.UTF_8);
        Fixtures.Result result = Fixtures.readFixture(html);
        String actual = TreeJson.write(result.document(), result.diagnostics());
        Path expectedFile = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("articlekit.updateFixtures")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "missing expected tree " + expectedFile);
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
    }
}
