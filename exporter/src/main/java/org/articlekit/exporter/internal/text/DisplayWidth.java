package org.articlekit.exporter.internal.text;

/**
 * How many terminal columns a character takes: East Asian Wide and Fullwidth characters two, combining marks and
 * format characters zero, everything else one. The table of wide ranges follows Unicode's EastAsianWidth.txt
 * (Unicode 14; unassigned code points inside the CJK blocks count as wide, as that file's defaults say), which is
 * also what the corpus judges measure with.
 */
public final class DisplayWidth {

    /** Inclusive ranges of East Asian Wide (W) and Fullwidth (F) code points, sorted: start, end, start, end … */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3,
        0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6,
        0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
        0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
        0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
        0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
        0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
        0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0,
        0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6, 0x20000, 0x3FFFD,
    };

    /**
     * Marks that take no column although the JDK's Unicode 13 tables do not say so: spacing marks that still combine
     * (canonical combining class above zero) and marks added in Unicode 14. Inclusive ranges, sorted.
     */
    private static final int[] MORE_ZERO_WIDTH = {
        0x890, 0x891, 0x898, 0x89F, 0x8CA, 0x8D2, 0xC3C, 0xC3C, 0x1715, 0x1715, 0x1734, 0x1734, 0x180F, 0x180F,
        0x1AC1, 0x1ACE, 0x1B44, 0x1B44, 0x1BAA, 0x1BAA, 0x1BF2, 0x1BF3, 0x1DFA, 0x1DFA, 0x302E, 0x302F,
        0xA953, 0xA953, 0xA9C0, 0xA9C0, 0x10F82, 0x10F85, 0x11070, 0x11070, 0x11073, 0x11074, 0x110C2, 0x110C2,
        0x111C0, 0x111C0, 0x11235, 0x11235, 0x1134D, 0x1134D, 0x116B6, 0x116B6, 0x1193D, 0x1193D, 0x16FF0, 0x16FF1,
        0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1D165, 0x1D166, 0x1D16D, 0x1D172, 0x1E2AE, 0x1E2AE,
    };

    private DisplayWidth() {
    }

    /** The columns {@code codePoint} takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint < 0x300) {
            return codePoint == 0xAD ? 0 : 1;   // Latin-1's one format character, the soft hyphen
        }
        if (isUnifiedIdeograph(codePoint)) {
            return 2;                           // the bulk of Chinese and Japanese text, spared the table searches
        }
        if (isCommonWide(codePoint)) {
            return 2;
        }
        if (codePoint >= 0x2000 && codePoint <= 0x206F) {
            // general punctuation (curly quotes, dashes, ellipsis): narrow, or a format character taking no column
            return Character.getType(codePoint) == Character.FORMAT ? 0 : 1;
        }
        return byRanges(codePoint);
    }

    /**
     * CJK punctuation, kana, hangul syllables and full-width forms: wide letters and signs, no mark among them. These
     * fill CJK text between the ideographs, and each would otherwise cost two table searches.
     */
    private static boolean isCommonWide(int codePoint) {
        return codePoint >= 0x3001 && codePoint <= 0x3029 || codePoint >= 0x3041 && codePoint <= 0x3096
                || codePoint >= 0x30A1 && codePoint <= 0x30FA || codePoint >= 0xAC00 && codePoint <= 0xD7A3
                || codePoint >= 0xFF01 && codePoint <= 0xFF60;
    }

    /**
     * Whether {@code codePoint} is in the block of CJK Unified Ideographs (U+4E00 to U+9FFF): every one of them is
     * wide, none is a mark, a space or punctuation, whether assigned yet or not.
     */
    static boolean isUnifiedIdeograph(int codePoint) {
        return codePoint >= 0x4E00 && codePoint <= 0x9FFF;
    }

    /** The width by the character types and the range tables, without the shortcuts of {@link #of(int)}. */
    static int byRanges(int codePoint) {
        if (isZeroWidth(codePoint)) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** The columns {@code text} takes; a tab counts as one column (text lines never hold tabs). */
    public static int of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /** The columns {@code text[start, end)} takes. */
    public static int of(CharSequence text, int start, int end) {
        int width = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Whether {@code codePoint} is East Asian Wide or Fullwidth. */
    public static boolean isWide(int codePoint) {
        return codePoint >= WIDE[0] && inRanges(WIDE, codePoint);
    }

    /** Combining marks (nonspacing, enclosing, or spacing with a combining class) and format characters. */
    public static boolean isZeroWidth(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || inRanges(MORE_ZERO_WIDTH, codePoint);
    }

    private static boolean inRanges(int[] ranges, int codePoint) {
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < ranges[2 * mid]) {
                high = mid - 1;
            } else if (codePoint > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
