package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.junit.jupiter.api.Test;

/**
 * Hostile depth: writing and reading a 100 000-deep tree must neither overflow the stack nor cost quadratic
 * output (the pretty layout stops indenting after {@link JsonOutput#MAX_INDENTED_LEVELS} levels).
 * Compared by bytes, not with {@code equals}: record equality itself recurses.
 */
class DeepTreeTest {

    private static final int DEPTH = 100_000;

    private static Article deep() {
        Inline inline = new Text("core");
        for (int i = 0; i < DEPTH; i++) {
            inline = new Emphasis(List.of(inline));
        }
        Block block = new Paragraph(List.of(inline));
        for (int i = 0; i < DEPTH; i++) {
            block = new Blockquote(List.of(block));
        }
        return new Article(Source.of("deep.html"), Metadata.EMPTY, new Document(List.of(block)), "", List.of());
    }

    @Test
    void deepTreeIsWrittenAndReadBackWithoutRecursion() {
        Article article = deep();
        String compact = JsonExporter.lines().render(article);
        assertTrue(compact.contains("\"value\":\"core\""));
        Article back = JsonArticleReader.create().read(compact);
        assertEquals(compact, JsonExporter.lines().render(back));

        String pretty = JsonExporter.pretty().render(article);
        // each of the 2 * DEPTH nodes takes a handful of lines of at most 2 * 40 spaces each
        assertTrue(pretty.length() < 2L * DEPTH * 6 * (2 * JsonOutput.MAX_INDENTED_LEVELS + 30),
                "pretty output grew too much: " + pretty.length());
        assertEquals(compact, JsonExporter.lines().render(JsonArticleReader.create().read(pretty)));
    }

    @Test
    void deepFrontMatterIsWrittenWithoutRecursion() {
        Object value = "leaf";
        for (int i = 0; i < 50_000; i++) {
            value = i % 2 == 0 ? List.of(value) : Map.of("k", value);
        }
        // FrontMatter's own copy recurses (core), so the writer is driven directly with the nested value
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            JsonOutput json = new JsonOutput(out, false);
            FrontMatterWriter.write(json, value);
            json.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"k\":[{\"k\":["), json.substring(0, 40));
        assertTrue(json.contains("\"leaf\""));
    }
}
