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
        Counter text = new Counter();
        Nodes.walk(root, node -> {
            if (node instanceof Image image) {
                counts[0]++;
                text.add(image.alt());
            } else if (node instanceof Link) {
                counts[1]++;
            } else if (node instanceof Text leaf) {
                text.add(leaf.value());
            } else if (node instanceof InlineCode code) {
                text.add(code.value());
            } else if (node instanceof Code code) {
                text.add('\n');
                text.add(code.value());
            } else if (!(node instanceof Inline)) {
                // a block, item, row or cell boundary separates words, as it does on the page
                text.add('\n');
            } else if (node instanceof Break) {
                text.add('\n');
            }
        });
        text.finish();
        return new Stats(text.characters, text.words, counts[0], counts[1]);
    }

    /** No Han, Hiragana, Katakana or Hangul character lies below U+1100, where Hangul Jamo starts. */
    static final int FIRST_CJK = 0x1100;

    /**
     * For the characters most text is made of, what the general rules below decide for each, worked out once by
     * those same rules: {@link Character}'s property lookups per character were most of the JSON exporter's time,
     * and CJK punctuation (，。“”) took four of them per character.
     */
    private static final byte VISIBLE = 1;
    private static final byte WORD = 2;
    private static final byte JOINER = 4;
    private static final byte CJK = 8;
    /** ASCII, Latin-1 and the Latin Extended blocks, U+0000–U+02FF. */
    private static final byte[] LATIN = kinds(0, 0x300);
    /** General Punctuation: spaces, dashes, quotation marks. */
    private static final int PUNCTUATION_START = 0x2000;
    private static final byte[] PUNCTUATION = kinds(PUNCTUATION_START, 0x2070);
    /** CJK Symbols and Punctuation: 、。「」 and the ideographic space. */
    private static final int CJK_PUNCTUATION_START = 0x3000;
    private static final byte[] CJK_PUNCTUATION = kinds(CJK_PUNCTUATION_START, 0x3040);
    /** Halfwidth and Fullwidth Forms: ，：！ and halfwidth kana. */
    private static final int FULLWIDTH_START = 0xFF00;
    private static final byte[] FULLWIDTH = kinds(FULLWIDTH_START, 0xFFF0);

    private static byte[] kinds(int from, int to) {
        byte[] kinds = new byte[to - from];
        for (int cp = from; cp < to; cp++) {
            kinds[cp - from] = (byte) ((isVisible(cp) ? VISIBLE : 0) | (Character.isLetterOrDigit(cp) ? WORD : 0)
                    | (isWordJoiner(cp) ? JOINER : 0) | (isCjk(cp) ? CJK : 0));
        }
        return kinds;
    }

    /** The kind of {@code cp} from the tables, or -1 when it lies outside them. */
    private static int tabledKind(int cp) {
        if (cp < LATIN.length) {
            return LATIN[cp];
        } else if (cp < PUNCTUATION_START) {
            return -1;
        } else if (cp < PUNCTUATION_START + PUNCTUATION.length) {
            return PUNCTUATION[cp - PUNCTUATION_START];
        } else if (cp >= CJK_PUNCTUATION_START && cp < CJK_PUNCTUATION_START + CJK_PUNCTUATION.length) {
            return CJK_PUNCTUATION[cp - CJK_PUNCTUATION_START];
        } else if (cp >= FULLWIDTH_START && cp < FULLWIDTH_START + FULLWIDTH.length) {
            return FULLWIDTH[cp - FULLWIDTH_START];
        }
        return -1;
    }

    static int countCharacters(CharSequence text) {
        Counter counter = new Counter();
        counter.add(text);
        counter.finish();
        return counter.characters;
    }

    static int countWords(CharSequence text) {
        Counter counter = new Counter();
        counter.add(text);
        counter.finish();
        return counter.words;
    }

    /**
     * Counts characters and words over text given in pieces, exactly as over the pieces joined into one string (a
     * surrogate pair split between two pieces is one character), without joining them.
     */
    static final class Counter {
        int characters;
        int words;
        private boolean inWord;
        /** A high surrogate that ended the last piece, whose low half may start the next; 0 when none. */
        private char pendingHigh;

        void add(CharSequence text) {
            int i = 0;
            int length = text.length();
            if (pendingHigh != 0 && length > 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(text.charAt(0))) {
                    codePoint(Character.toCodePoint(high, text.charAt(0)));
                    i = 1;
                } else {
                    codePoint(high);
                }
            }
            while (i < length) {
                char c = text.charAt(i++);
                if (c < LATIN.length) {
                    kind(LATIN[c]);
                } else if (!Character.isHighSurrogate(c)) {
                    codePoint(c);
                } else if (i == length) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(text.charAt(i))) {
                    codePoint(Character.toCodePoint(c, text.charAt(i++)));
                } else {
                    codePoint(c);
                }
            }
        }

        void add(char c) {
            finish();
            codePoint(c);
        }

        /** Counts a high surrogate left at the very end as the lone character it is. */
        void finish() {
            if (pendingHigh != 0) {
                codePoint(pendingHigh);
                pendingHigh = 0;
            }
        }

        private void kind(int kind) {
            characters += kind & VISIBLE;
            if ((kind & CJK) != 0) {
                words++;
                inWord = false;
            } else if ((kind & WORD) != 0 || inWord && (kind & JOINER) != 0) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }

        private void codePoint(int cp) {
            if (isCommonCjk(cp)) {
                // letters of the common blocks: visible, and each a word of its own
                characters++;
                words++;
                inWord = false;
                return;
            }
            int kind = tabledKind(cp);
            if (kind >= 0) {
                kind(kind);
                return;
            }
            if (isVisible(cp)) {
                characters++;
            }
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
    }

    private static boolean isVisible(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
    }

    private static boolean isWordJoiner(int cp) {
        // keeps "don't" and "e-mail" one word; marks keep accented letters in their word
        return cp == '\'' || cp == '\u2019' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether {@code cp} lies in the blocks most CJK text is made of — ideographs, kana, hangul syllables, letters
     * all, whole in every Unicode version since 6.1 — so that no script table needs searching.
     */
    private static boolean isCommonCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FCC || cp >= 0x3400 && cp <= 0x4DB5 || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA;
    }

    /** Whether {@code cp} is a CJK ideograph, kana or hangul syllable: a character that is a word on its own. */
    public static boolean isCjk(int cp) {
        if (cp < FIRST_CJK || cp >= 0x2000 && cp <= 0x2BFF) {
            return false; // Latin, Greek, Cyrillic, Arabic …, and punctuation and symbols: skip the script table
        }
        if (isCommonCjk(cp)) {
            return true;
        }
        // the punctuation CJK text is written with (、。「」【】, fullwidth ，：！): common script, no table search
        if (cp >= 0x3000 && cp <= 0x3004 || cp >= 0x3008 && cp <= 0x3020 || cp >= 0xFF00 && cp <= 0xFF65) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
