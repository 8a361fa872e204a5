package org.articlekit.exporter.internal.text;

/**
 * The line-breaking class of a character: a small subset of Unicode's UAX #14 classes, enough for Latin and
 * CJK text with Japanese kinsoku (JIS X 4051) rules on top.
 */
enum BreakClass {
    /** A breakable space: a line may end at a run of them; they are dropped at the break. */
    SPACE,
    /** Opening punctuation and prefixes: no break after it, even across spaces ({@code （「『【〔“‘ ( [ ￥}). */
    OPEN,
    /** Closing punctuation and other characters no line may start with ({@code ，。、）」ー・ ぁ … , . ) %}). */
    CLOSE,
    /** Joins its neighbours: no break on either side (no-break spaces, word joiner, ASCII quotes). */
    GLUE,
    /** A zero-width space: a break opportunity after it. */
    ZERO_WIDTH_SPACE,
    /** Combining marks and format characters: part of the character before them. */
    COMBINING,
    /** Ideographs, kana and other wide characters: a line may break before and after each. */
    IDEOGRAPHIC,
    /** Letters, digits and symbols of space-separated scripts (Hangul included): lines break only at spaces. */
    ALPHA;

    /** The classes of the ASCII characters, looked up rather than switched on: most text is ASCII. */
    private static final BreakClass[] ASCII = new BreakClass[0x80];

    static {
        for (int cp = 0; cp < ASCII.length; cp++) {
            ASCII[cp] = byRules(cp);
        }
    }

    /** The class of {@code cp}; {@code cp} must not be a control character other than the space. */
    static BreakClass of(int cp) {
        if (cp < 0x80) {
            return ASCII[cp];
        }
        return DisplayWidth.isUnifiedIdeograph(cp) ? IDEOGRAPHIC : byRules(cp);
    }

    /** The class by the rules, without the shortcuts of {@link #of(int)}. */
    static BreakClass byRules(int cp) {
        if (cp == ' ') {
            return SPACE;
        }
        if (cp < 0x80) {
            return ascii(cp);
        }
        if (Kinsoku.cannotStartLine(cp)) {
            return CLOSE;
        }
        if (Kinsoku.cannotEndLine(cp)) {
            return OPEN;
        }
        switch (cp) {
            case 0x00A0, 0x2007, 0x202F, 0x2060, 0xFEFF, 0x200D, 0x00B7, 0x034F -> {
                return GLUE;
            }
            case 0x200B -> {
                return ZERO_WIDTH_SPACE;
            }
            case 0x3000 -> {
                return IDEOGRAPHIC;
            }
            default -> {
                // fall through to the general rules
            }
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return COMBINING;   // emoji skin-tone modifiers belong to the emoji before them
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.FORMAT -> {
                return COMBINING;
            }
            case Character.START_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION -> {
                return OPEN;
            }
            case Character.END_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> {
                return CLOSE;
            }
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                return SPACE;
            }
            default -> {
                // below
            }
        }
        if (isHangul(cp)) {
            return ALPHA;        // Korean is written with spaces between words: keep its words whole
        }
        if (DisplayWidth.isWide(cp) || (cp >= 0xFF66 && cp <= 0xFF9D)) {
            return IDEOGRAPHIC;
        }
        return ALPHA;
    }

    private static BreakClass ascii(int cp) {
        return switch (cp) {
            case '(', '[', '{' -> OPEN;
            case ')', ']', '}', ',', '.', ';', ':', '!', '?', '%' -> CLOSE;
            case '"', '\'' -> GLUE;
            default -> ALPHA;
        };
    }

    /** Hangul syllables and jamo. */
    static boolean isHangul(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /**
     * Whether {@code cp} is CJK in the sense of line breaking: wide or halfwidth and not Hangul. A run that holds
     * one may be broken between any two characters when nothing else fits.
     */
    static boolean isCjk(int cp) {
        return DisplayWidth.isUnifiedIdeograph(cp) || isCjkByRules(cp);
    }

    /** Whether {@code cp} is CJK by the rules, without the shortcut of {@link #isCjk(int)}. */
    static boolean isCjkByRules(int cp) {
        if (cp < 0x1100 || isHangul(cp)) {
            return false;
        }
        return DisplayWidth.isWide(cp) || (cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE);
    }
}
