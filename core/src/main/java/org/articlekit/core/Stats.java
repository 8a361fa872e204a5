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

    static int countCharacters(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
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
        if (cp < FIRST_CJK) {
            return false; // Latin, Greek, Cyrillic, Arabic …: skip the script table's search
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
