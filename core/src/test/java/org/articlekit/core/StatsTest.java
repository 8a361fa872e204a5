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

    @Test
    void countsMatchTheGeneralRulesOnEveryKindOfCharacter() {
        // the ASCII shortcut must decide as the rules do: every ASCII character, and random mixed text
        java.util.Random random = new java.util.Random(7);
        String pool = "aZ09 \t\n\r\u000b\f\u001c\u001f\u007f'-_.,!\u2019\u00a0\u3000中ア한é\u0301\uD83D\uDE00\uD800";
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            all.append(c).append('x').append(c).append(c);
        }
        List<String> texts = new java.util.ArrayList<>(List.of(all.toString(), "don't e-mail -x- a'", "''--"));
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(referenceCharacters(text), Stats.countCharacters(text), text);
            assertEquals(referenceWords(text), Stats.countWords(text), text);
        }
    }

    /** The rules written out code point by code point, without shortcuts. */
    private static int referenceCharacters(String text) {
        return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .count();
    }

    private static int referenceWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int cp : text.codePoints().toArray()) {
            boolean joiner = cp == '\'' || cp == '\u2019' || cp == '-'
                    || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (Stats.isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || inWord && joiner) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words;
    }

    @Test
    void cjkMeansTheseFourScriptsForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean expected = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
            if (Stats.isCjk(cp) != expected) {
                assertEquals(expected, Stats.isCjk(cp), "U+" + Integer.toHexString(cp) + " is " + script);
            }
        }
    }

    @Test
    void countsMatchTheRulesForEveryCodePoint() {
        // the shortcuts for common CJK blocks and punctuation decide as the general rules do, character by character
        StringBuilder run = new StringBuilder();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            run.appendCodePoint(cp).append(cp % 3 == 0 ? "a" : "");
            if (run.length() >= 96 || cp == Character.MAX_CODE_POINT) {
                String text = run.toString();
                assertEquals(referenceCharacters(text), Stats.countCharacters(text), () -> "characters of " + text);
                assertEquals(referenceWords(text), Stats.countWords(text), () -> "words of " + text);
                run.setLength(0);
            }
        }
    }

    @Test
    void textInManyNodesCountsAsTheSameTextInOne() {
        // words run on across inline nodes, and a surrogate pair split between two text nodes is one character
        java.util.Random random = new java.util.Random(11);
        String pool = "ab 中ア\uD83D\uDE00\uD800'-\u0301\u3000。，";
        for (int n = 0; n < 500; n++) {
            StringBuilder whole = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                whole.append(pool.charAt(random.nextInt(pool.length())));
            }
            List<org.articlekit.core.document.Inline> pieces = new java.util.ArrayList<>();
            for (int at = 0; at < whole.length(); ) {
                int end = Math.min(whole.length(), at + random.nextInt(4));
                pieces.add(new Text(whole.substring(at, end)));
                at = end;
            }
            Stats stats = Stats.of(new Document(List.of(new Paragraph(pieces))));
            String text = whole.toString();
            assertEquals(referenceCharacters(text), stats.characters(), () -> "characters of " + pieces);
            assertEquals(referenceWords(text), stats.words(), () -> "words of " + pieces);
        }
    }
}
