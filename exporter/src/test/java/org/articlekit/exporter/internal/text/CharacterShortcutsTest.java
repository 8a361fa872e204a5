package org.articlekit.exporter.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shortcuts taken for common characters give what the full rules give, for every code point. */
class CharacterShortcutsTest {

    @Test
    void displayWidthShortcutsAgreeWithTheRanges() {
        for (int cp = 0x300; cp <= Character.MAX_CODE_POINT; cp++) {
            int c = cp;
            assertEquals(DisplayWidth.byRanges(cp), DisplayWidth.of(cp), () -> "width of U+" + hex(c));
        }
    }

    @Test
    void breakClassShortcutsAgreeWithTheRules() {
        for (int cp = ' '; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == 0x7F) {
                cp = 0xA0;     // control characters are never classified
            }
            int c = cp;
            assertEquals(BreakClass.byRules(cp), BreakClass.of(cp), () -> "class of U+" + hex(c));
            assertEquals(BreakClass.isCjkByRules(cp), BreakClass.isCjk(cp), () -> "CJK-ness of U+" + hex(c));
        }
    }

    private static String hex(int cp) {
        return Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }
}
