package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.core.document.Nodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Article → JSON → Article gives an equal article: over every seed and over generated trees. */
class JsonRoundTripTest {

    private static final JsonArticleReader READER = JsonArticleReader.create();

    static Stream<Path> seeds() {
        return Seeds.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedRoundTripsThroughPrettyJson(Path seed) {
        Article article = Seeds.parse(seed);
        assertEquals(article, READER.read(JsonExporter.pretty().render(article)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedRoundTripsThroughJsonLines(Path seed) {
        Article article = Seeds.parse(seed);
        assertEquals(article, READER.read(JsonExporter.lines().render(article)));
    }

    @Test
    void generatedArticlesRoundTripAndMatchTheSchema() {
        RandomArticles generator = new RandomArticles(20260611L);
        Set<String> typesSeen = new HashSet<>();
        Set<FrontMatterFormat> formatsSeen = EnumSet.noneOf(FrontMatterFormat.class);
        for (int i = 0; i < 400; i++) {
            Article article = generator.next();
            Nodes.walk(article.content(), node -> typesSeen.add(node.type()));
            formatsSeen.add(article.source().frontMatterFormat());
            String json = JsonExporter.pretty().render(article);
            Article back = READER.read(json);
            assertEquals(article, back, "article " + i + ":\n" + json);
            assertEquals(json, JsonExporter.pretty().render(back), "article " + i + " written again");
            String line = JsonExporter.lines().render(article);
            assertEquals(article, READER.read(line), "article " + i + " as JSON Lines");
            if (i % 10 == 0) {
                assertEquals("", SchemaCheck.problems(json), "article " + i + ":\n" + json);
            }
        }
        // the generator really reached every node type of the model
        assertEquals(Set.of("root", "heading", "paragraph", "blockquote", "list", "listItem", "code", "table",
                "tableRow", "tableCell", "thematicBreak", "html", "embed", "text", "emphasis", "strong", "delete",
                "inlineCode", "link", "image", "break"), typesSeen);
        assertEquals(EnumSet.allOf(FrontMatterFormat.class), formatsSeen);
    }
}
