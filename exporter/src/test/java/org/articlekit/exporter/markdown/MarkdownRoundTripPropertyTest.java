package org.articlekit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Document;
import org.articlekit.exporter.ExportOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip property of issue 5: for any document tree, the Markdown written, read back by commonmark-java
 * with the GFM extensions, is the same document (in {@link Canonical} form). Trees come from a seeded generator,
 * so a failure names the seed that reproduces it.
 */
class MarkdownRoundTripPropertyTest {

    /** Trees per option set; {@code -Dmarkdown.trees=100000} for a longer search. */
    private static final int TREES = Integer.getInteger("markdown.trees", 3000);
    /** Block nesting of the generated trees; {@code -Dmarkdown.depth=5} for deeper ones. */
    private static final int DEPTH = Integer.getInteger("markdown.depth", 3);

    static List<Map<String, String>> optionSets() {
        return List.of(
                Map.of(),
                Map.of("em-delimiter", "_", "strong-delimiter", "__", "bullet", "*", "fence", "~~~"),
                Map.of("heading-style", "setext", "link-style", "referenced", "bullet", "+"),
                Map.of("width", "24"));
    }

    @ParameterizedTest
    @MethodSource("optionSets")
    void everyGeneratedTreeReadsBackAsItself(Map<String, String> options) {
        MarkdownExporter exporter = new MarkdownExporter(ExportOptions.of(options));
        int checked = 0;
        for (long n = 1; n <= TREES; n++) {
            long seed = n;
            List<Block> blocks = new TreeGenerator(seed).blocks(DEPTH);
            Article article = new Article(Source.of("gen.md"), Metadata.EMPTY, new Document(blocks), "", List.of());
            String markdown = exporter.render(article);
            String expected = Canonical.of(blocks);
            String actual = CommonMarkReader.read(markdown);
            assertEquals(expected, actual, () -> "seed " + seed + " with " + options + ", Markdown:\n" + markdown
                    + "\ntree: " + blocks);
            assertTrue(markdown.endsWith("\n") && !markdown.endsWith("\n\n"), "one final line feed, seed " + seed);
            checked++;
        }
        assertEquals(TREES, checked);
    }
}
