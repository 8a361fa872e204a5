package org.articlekit.exporter.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DestinationsTest {

    @Test
    void plainUrlsAreWrittenAsTheyAre() {
        String url = "https://example.org/a/b.html?x=1&y=2#top";
        assertSame(url, Destinations.destination(url));
    }

    @Test
    void urlsThatNeedSpellingAreSpelled() {
        assertEquals("<https://example.org/a b>", Destinations.destination("https://example.org/a b"));
        assertEquals("https://example.org/&amp;amp;", Destinations.destination("https://example.org/&amp;"));
        assertEquals("https://e.org/a(b)", Destinations.destination("https://e.org/a(b)"));
        assertEquals("<https://e.org/a(b>", Destinations.destination("https://e.org/a(b"));
        assertEquals("https://e.org/&lt;x", Destinations.destination("https://e.org/<x"));
        assertEquals("<>", Destinations.destination(""));
    }

    @Test
    void theShortcutSpellsEveryUrlAsTheGeneralRulesDo() {
        // every character the rules look at, among ordinary ones, in random URLs
        String pool = "ab/:?=.#%-_~0&;amp#x26\\<>() \t\r\n\u007f\u00e9中";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://e.org/" : "");
            for (int i = random.nextInt(12); i > 0; i--) {
                url.append(pool.charAt(random.nextInt(pool.length())));
            }
            String text = url.toString();
            assertEquals(Destinations.spelled(text), Destinations.destination(text), text);
        }
    }
}
