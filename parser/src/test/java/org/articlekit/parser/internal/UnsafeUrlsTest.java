package org.articlekit.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnsafeUrlsTest {

    @Test
    void refusesScriptAndDataSchemesAsABrowserReadsThem() {
        for (String url : new String[] {"javascript:alert(1)", "JavaScript:x", " \u0001javascript:x", "java\tscr\nipt:x",
            "vbscript:msgbox", "VBSCRIPT:x", "data:text/html,<b>", "Data:image/png;base64,AAAA", "\u3000data:x"}) {
            assertTrue(UnsafeUrls.isUnsafe(url), url);
        }
    }

    @Test
    void letsOtherUrlsThrough() {
        for (String url : new String[] {"https://example.org/a", "/javascript:x", "#data:", "javascriptx:x",
            "xjavascript:x", "javascript", "dat:a", "data", ":data", "", "java script:x", "jav\u00e1script:x",
            "mailto:a@example.org", "a".repeat(40) + ":x"}) {
            assertFalse(UnsafeUrls.isUnsafe(url), url);
        }
        assertFalse(UnsafeUrls.isUnsafe(null));
    }

    @Test
    void agreesWithTheSchemeReadWhole() {
        String alphabet = "javascriptvbdJAVASCRIPTVBD:\t\n\r \u0001/+.-09\u00e9\u3000x";
        Random random = new Random(42);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder url = new StringBuilder();
            // mostly a refused scheme, spelled with odd case, spaces and controls in it, or a near miss
            if (random.nextInt(3) > 0) {
                for (char c : new String[] {"javascript", "vbscript", "data"}[random.nextInt(3)].toCharArray()) {
                    url.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
                }
            }
            int extra = random.nextInt(6);
            for (int i = 0; i < extra; i++) {
                url.insert(random.nextInt(url.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = url.toString();
            assertEquals(reference(text), UnsafeUrls.isUnsafe(text), () -> "'" + text + "'");
        }
    }

    /** The plain reading: skip leading spaces and controls, collect the scheme up to ':', compare it lower-cased. */
    private static boolean reference(String url) {
        int i = 0;
        while (i < url.length() && (url.charAt(i) <= ' ' || Character.isWhitespace(url.charAt(i)))) {
            i++;
        }
        StringBuilder scheme = new StringBuilder();
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return Set.of("javascript", "vbscript", "data").contains(scheme.toString().toLowerCase(Locale.ROOT));
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
            scheme.append(c);
        }
        return false;
    }
}
