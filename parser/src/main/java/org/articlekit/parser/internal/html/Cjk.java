package org.articlekit.parser.internal.html;

/**
 * The CSS Text 3 segment-break rule: a line break in the source between two East Asian wide, full-width or
 * half-width characters (Hangul excepted) is removed instead of becoming a space.
 */
final class Cjk {

    private Cjk() {
    }

    /** Whether a segment break between {@code before} and {@code after} disappears. */
    static boolean removesSegmentBreak(int before, int after) {
        if (before == 0x200B || after == 0x200B) {
            return true;
        }
        return isWide(before) && isWide(after);
    }

    /** East Asian Width F, W or H, not Hangul (which separates words with spaces). */
    static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (isHangul(cp)) {
            return false;
        }
        return (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFF61 && cp <= 0xFF9F) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F200 && cp <= 0x1F2FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static boolean isHangul(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xFFA0 && cp <= 0xFFDC);
    }
}
