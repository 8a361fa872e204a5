package org.articlekit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.markdown.internal.MarkdownSettings;
import org.articlekit.exporter.markdown.internal.MarkdownWriter;
import org.junit.jupiter.api.Test;

/**
 * A long article's Markdown goes out in parts as it is written: the parts, joined, are the whole text the writer
 * makes at once, each part ends at a line's end, and the line feeds the end of the document trims never went out.
 */
class MarkdownStreamingTest {

    @Test
    void partsJoinedAreTheWholeText() {
        int streamed = 0;
        for (long seed = 1; seed <= 60; seed++) {
            // generated trees, repeated until some pass the sink's threshold several times
            List<Block> blocks = new ArrayList<>();
            for (long k = 0; k < seed % 7 * 40; k++) {
                blocks.addAll(new TreeGenerator(seed * 1000 + k).blocks(3));
            }
            // a front matter for some: the first blank line of the body is counted from after it
            Metadata metadata = seed % 2 == 0 ? Metadata.EMPTY : Metadata.builder()
                    .frontMatter(new FrontMatter(Map.of("title", "t".repeat((int) seed)))).build();
            List<String> parts = check(article(metadata, blocks));
            streamed += parts.size() > 2 ? 1 : 0;
        }
        assertTrue(streamed > 20, "only " + streamed + " articles went out in more than two parts");
    }

    @Test
    void trailingLineFeedsAndEmptyBodiesAreTrimmedAsAWhole() {
        // a code block's value may end in line feeds, after 20 000 characters of text
        List<Block> blocks = List.of(new Paragraph(List.of(new Text("x".repeat(20_000)))),
                new Code(null, null, "a\n\n\n"), new Paragraph(List.of()));
        check(article(Metadata.EMPTY, blocks));
        // the last line is what passes the threshold: its line feed stays for the end to trim
        check(article(Metadata.EMPTY, List.of(new Paragraph(List.of(new Text("y".repeat(20_000)))))));
        // a front matter longer than the threshold, and no body at all
        Metadata long_ = Metadata.builder().frontMatter(new FrontMatter(Map.of("k", "v".repeat(40_000)))).build();
        List<String> parts = check(article(long_, List.of()));
        assertTrue(String.join("", parts).endsWith("---\n"));
    }

    @Test
    void theExporterWritesTheWholeText() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (long k = 0; k < 300; k++) {
            blocks.addAll(new TreeGenerator(k).blocks(3));
        }
        Article article = article(Metadata.EMPTY, blocks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownExporter exporter = new MarkdownExporter(ExportOptions.DEFAULTS);
        exporter.write(article, out);
        String whole = MarkdownWriter.write(article, MarkdownSettings.DEFAULTS);
        assertTrue(whole.length() > 100_000, "a long article: " + whole.length());
        assertEquals(whole, out.toString(StandardCharsets.UTF_8));
    }

    private static Article article(Metadata metadata, List<Block> blocks) {
        return new Article(Source.of("long.md"), metadata, new Document(blocks), "", List.of());
    }

    /** Streams {@code article}, checks the parts against the whole text, and returns them. */
    private static List<String> check(Article article) {
        String whole = MarkdownWriter.write(article, MarkdownSettings.DEFAULTS);
        List<String> parts = new ArrayList<>();
        MarkdownWriter.write(article, MarkdownSettings.DEFAULTS,
                (text, start, end) -> parts.add(text.subSequence(start, end).toString()));
        assertEquals(whole, String.join("", parts));
        int at = 0;
        for (String part : parts.subList(0, parts.size() - 1)) {
            at += part.length();
            assertEquals('\n', whole.charAt(at), "a part ends at a line's end");
        }
        return parts;
    }
}
