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

    @Test
    void noCjkScriptBelowTheShortcut() {
        for (int cp = 0; cp < Stats.FIRST_CJK; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
            assertEquals(false, cjk, "U+" + Integer.toHexString(cp) + " is " + script);
        }
        assertEquals(true, Stats.isCjk(0x1100)); // Hangul Jamo, the first CJK character
        assertEquals(true, Stats.isCjk('中'));
        assertEquals(false, Stats.isCjk('a'));
    }

    @Test
    void charactersCountEverythingButSpaces() {
        // no-break and ideographic spaces are spaces; a surrogate pair is one character
        assertEquals(5, Stats.countCharacters("a b\u00a0c\u3000中\uD83D\uDE00 \n"));
    }
}
