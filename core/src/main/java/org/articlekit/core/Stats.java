package org.articlekit.core;

import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Text;

/**
 * Counts derived from a document tree, as in the JSON {@code stats} object.
 *
 * @param characters code points of visible text, whitespace not counted
 * @param words      words, where each CJK ideograph, kana or hangul syllable counts as one word and any other
 *                   run of letters and digits as one
 * @param images     image nodes
 * @param links      link nodes
 */
public record Stats(int characters, int words, int images, int links) {

    /** The stats of a document (or any subtree). */
    public static Stats of(Node root) {
        int[] counts = new int[2];
        StringBuilder text = new StringBuilder();
        Nodes.walk(root, node -> {
            if (node instanceof Image image) {
                counts[0]++;
                text.append(image.alt());
            } else if (node instanceof Link) {
                counts[1]++;
            } else if (node instanceof Text leaf) {
                text.append(leaf.value());
            } else if (node instanceof InlineCode code) {
                text.append(code.value());
            } else if (node instanceof Code code) {
                text.append('\n').append(code.value());
            } else if (!(node instanceof Inline)) {
                // a block, item, row or cell boundary separates words, as it does on the page
                text.append('\n');
            } else if (node instanceof Break) {
                text.append('\n');
            }
        });
        return new Stats(countCharacters(text), countWords(text), counts[0], counts[1]);
    }

    /** No Han, Hiragana, Katakana or Hangul character lies below U+1100, where Hangul Jamo starts. */
    static final int FIRST_CJK = 0x1100;

    /**
     * For each ASCII character, what the general rules below decide for it, worked out once by those same rules:
     * most text is ASCII, and {@link Character}'s property lookups per character were most of the JSON exporter's
     * time.
     */
    private static final byte VISIBLE = 1;
    private static final byte WORD = 2;
    private static final byte JOINER = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = (byte) ((isVisible(c) ? VISIBLE : 0) | (Character.isLetterOrDigit(c) ? WORD : 0)
                    | (isWordJoiner(c) ? JOINER : 0));
        }
    }

    static int countCharacters(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                count += ASCII[c] & VISIBLE;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (isVisible(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    private static boolean isVisible(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
    }

    static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // never CJK: a letter or digit, a joiner inside a word, or a separator
                byte kind = ASCII[c];
                if ((kind & WORD) != 0 || inWord && (kind & JOINER) != 0) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else {
                    inWord = false;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isWordJoiner(cp))) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isWordJoiner(int cp) {
        // keeps "don't" and "e-mail" one word; marks keep accented letters in their word
        return cp == '\'' || cp == '\u2019' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code cp} is a CJK ideograph, kana or hangul syllable: a character that is a word on its own. */
    public static boolean isCjk(int cp) {
        if (cp < FIRST_CJK || cp >= 0x2000 && cp <= 0x2BFF) {
            return false; // Latin, Greek, Cyrillic, Arabic …, and punctuation and symbols: skip the script table
        }
        // the blocks most CJK text is made of, whole in every Unicode version since 6.1: no table search either
        if (cp >= 0x4E00 && cp <= 0x9FCC || cp >= 0x3400 && cp <= 0x4DB5 || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
