package org.articlekit.exporter.text;

import static org.articlekit.exporter.text.Trees.article;
import static org.articlekit.exporter.text.Trees.p;
import static org.articlekit.exporter.text.Trees.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.internal.text.DisplayWidth;
import org.junit.jupiter.api.Test;

/** Hostile shapes: deep nesting and huge paragraphs cost linear time and never overflow the stack. */
class TextRobustnessTest {

    private static final int DEPTH = 100_000;

    @Test
    void deeplyNestedQuotesIndentOnlyAsFarAsThePageAllows() {
        Block block = p("deep");
        for (int i = 0; i < DEPTH; i++) {
            block = new Blockquote(List.of(block));
        }
        String out = text(article(block, p("after")));
        String[] lines = out.split("\n");
        assertEquals("deep", lines[0].replace("> ", "").strip());
        assertTrue(DisplayWidth.of(lines[0]) <= 80, lines[0]);
        assertEquals("after", lines[lines.length - 1]);
    }

    @Test
    void deeplyNestedListsKeepEveryMarkerButIndentBoundedly() {
        Block block = p("leaf");
        for (int i = 0; i < DEPTH; i++) {
            block = ListBlock.of(false, 1, List.of(new ListItem(null, List.of(p("item"), block))));
        }
        String out = text(article(block));
        assertEquals(DEPTH + 1, out.split("\n").length);
        assertTrue(out.length() < 100L * DEPTH, "output grows linearly: " + out.length());
        assertTrue(out.endsWith("- leaf\n") || out.endsWith("leaf\n"), out.substring(out.length() - 50));
    }

    @Test
    void deeplyNestedInlinesAndLinksAreWalkedWithoutRecursion() {
        Inline inline = new Text("core");
        for (int i = 0; i < DEPTH; i++) {
            inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Link("https://e.example/" + (i % 7), null,
                    List.of(new Text("a"), inline));
        }
        String out = text(article(new Paragraph(List.of(inline))), "width", "0");
        assertTrue(out.startsWith("a"), out.substring(0, 20));
        assertTrue(out.contains("core"));
        assertTrue(out.contains("\n[7] https://e.example/"), "seven distinct URLs, numbered once each");
        assertTrue(!out.contains("[8]"));
    }

    @Test
    void aTenMegabyteParagraphCostsLinearTime() {
        String unit = "青海扎实推进国家生态战略，努力做足生态保护和绿色低碳发展的大文章。 Latin words and https://example.com/a/b "
                + "（括号）「引号」";
        String small = unit.repeat(100_000 / unit.length());
        String large = unit.repeat(10_000_000 / unit.length());
        render(small);                                      // warm up
        long smallNanos = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            render(small);
            smallNanos = Math.min(smallNanos, System.nanoTime() - start);
        }
        long start = System.nanoTime();
        String out = render(large);
        long largeNanos = System.nanoTime() - start;
        assertTrue(out.length() > large.length(), "all text written");
        // linear is about 100 times; quadratic would be 10 000 times. The margin absorbs a busy machine.
        assertTrue(largeNanos < 1000 * smallNanos, "100x input took " + (largeNanos / Math.max(1, smallNanos)) + "x");
    }

    private static String render(String paragraph) {
        return text(article(p(paragraph)));
    }
}
