package org.articlekit.exporter.markdown.internal;

/** Character classes as CommonMark and GFM see them, and display widths. */
final class Chars {

    /** Stands for "the start or end of a line": whitespace to the flanking rules. */
    static final int EDGE = '\n';
    /** Stands for a delimiter or bracket whose exact character is not known yet: punctuation, equal to nothing. */
    static final int SOME_PUNCTUATION = 0xE000;

    private Chars() {
    }

    /** Unicode whitespace in CommonMark's sense: Zs, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r'
                || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    static boolean isAsciiPunctuation(int cp) {
        return cp >= '!' && cp <= '/' || cp >= ':' && cp <= '@' || cp >= '[' && cp <= '`' || cp >= '{' && cp <= '~';
    }

    /** Punctuation by CommonMark 0.31: ASCII punctuation and Unicode P and S categories. */
    static boolean isPunctuationWide(int cp) {
        return cp == SOME_PUNCTUATION || isAsciiPunctuation(cp) || isUnicodePunctuation(cp) || isUnicodeSymbol(cp);
    }

    /** Punctuation by earlier specs (cmark-gfm): ASCII punctuation and Unicode P categories only. */
    static boolean isPunctuationNarrow(int cp) {
        return cp == SOME_PUNCTUATION || isAsciiPunctuation(cp) || isUnicodePunctuation(cp);
    }

    private static boolean isUnicodePunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isUnicodeSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Neither whitespace nor punctuation under either definition: a letter, digit, CJK character … */
    static boolean isWordLike(int cp) {
        return !isWhitespace(cp) && !isPunctuationWide(cp);
    }

    /** Whether a character takes two columns on a terminal (East Asian Wide or Fullwidth). */
    static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Whether a break or space between two such characters would show: CJK ideographs, kana, wide punctuation. */
    static boolean isCjk(int cp) {
        return isWide(cp) && !(cp >= 0xAC00 && cp <= 0xD7A3) && !(cp >= 0x1100 && cp <= 0x115F)
                && !(cp >= 0x1F300 && cp <= 0x1F64F);
    }

    /** Columns a string takes on a terminal. */
    static int displayWidth(CharSequence s, int from, int to) {
        int width = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    /** The code point ending just before {@code index}, or {@link #EDGE} at the start. */
    static int before(CharSequence s, int index) {
        return index <= 0 ? EDGE : Character.codePointBefore(s, index);
    }

    /** The code point at {@code index}, or {@link #EDGE} past the end. */
    static int at(CharSequence s, int index) {
        return index >= s.length() ? EDGE : Character.codePointAt(s, index);
    }
}
