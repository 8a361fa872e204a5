package org.articlekit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in {@code seeds/}, read by the parser and written as Markdown, against its expected output in
 * {@code src/test/resources/golden/markdown/<seed-name>.md}. The expected files are reviewed by hand; after a
 * deliberate change (of the writer, or of what the parser gives it), regenerate them with
 * {@code mvn -pl exporter test -Dtest=MarkdownGoldenTest -Dgolden.update=true} and review the diff.
 */
class MarkdownGoldenTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "markdown");

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedIsWrittenAsItsGoldenMarkdown(Path seed) throws IOException {
        Article article = ArticleParser.create().parse(Files.readAllBytes(seed), seed.getFileName().toString());
        String markdown = new MarkdownExporter().render(article);
        String name = seed.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".md";
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), markdown, "golden file " + golden);
        assertEquals(Canonical.of(article.content().children()), CommonMarkReader.read(markdown),
                "read back by commonmark-java, the Markdown is the parsed document");
    }
}
