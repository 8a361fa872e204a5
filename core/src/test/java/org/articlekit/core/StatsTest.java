package org.articlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void countsEachCjkCharacterAsAWordAndLatinRunsAsOne() {
        Document doc = new Document(List.of(new Paragraph(List.of(
                new Text("中文 and English, don't stop."),
                new Link("https://example.org", null, List.of(new Text("here"))),
                Image.of("a.png", "图")))));
        Stats stats = Stats.of(doc);
        // 中 文 and English don't stop here 图
        assertEquals(8, stats.words());
        assertEquals(1, stats.images());
        assertEquals(1, stats.links());
        assertEquals("中文andEnglish,don'tstop.here图".codePointCount(0, 28), stats.characters());
    }

    @Test
    void blockBoundariesSeparateWordsButInlineBoundariesDoNot() {
        Document doc = new Document(List.of(
                new org.articlekit.core.document.Heading(1, List.of(new Text("Hello"))),
                new Paragraph(List.of(new Text("See "), new org.articlekit.core.document.Strong(
                        List.of(new Text("th"))), new Text("is.")))));
        // Hello | See | this: the heading ends a word; the strong run sits inside one
        assertEquals(3, Stats.of(doc).words());
    }
}
