package org.articlekit.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesRunsAndTrimsTheEnds() {
        assertEquals("a b c", Whitespace.collapse("  a \t\n b\r\f  c  "));
        assertEquals("a\u00a0 b", Whitespace.collapse("a\u00a0  b"));
        assertEquals("\u00a0a", Whitespace.collapse("\u00a0a\u3000"));
        assertEquals("", Whitespace.collapse(" \n "));
    }

    @Test
    void returnsTextThatIsAlreadyCollapsedAsItIs() {
        String alt = "A diagram of packages";
        assertSame(alt, Whitespace.collapse(alt));
    }

    @Test
    void agreesWithCollapsingThenStripping() {
        String alphabet = " \t\n\r\f\u00a0\u3000\u2003ab";
        Random random = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = value.toString();
            assertEquals(reference(text), Whitespace.collapse(text), () -> "'" + text + "'");
        }
    }

    /** Each run of HTML white space as one space, then stripped as {@link String#strip()} does. */
    private static String reference(String value) {
        return value.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }
}
