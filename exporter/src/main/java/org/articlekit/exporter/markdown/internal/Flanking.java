package org.articlekit.exporter.markdown.internal;

/**
 * CommonMark's delimiter-run rules, checked under both the 0.31 definition of punctuation (P and S categories)
 * and the older one (P only) that cmark-gfm still uses, so that every reader sees the same emphasis.
 */
final class Flanking {

    private Flanking() {
    }

    /**
     * Whether a run of {@code delimiter} between {@code before} and {@code after} can open emphasis. cmark-gfm does
     * not take a {@code ~} before an opener for punctuation (its strikethrough extension owns the character), so
     * a {@code ~} there must work either way.
     */
    static boolean canOpen(char delimiter, int before, int after) {
        return canOpen(delimiter, before, after, true) && canOpen(delimiter, before, after, false)
                && (before != '~' || canOpen(delimiter, 'a', after, true));
    }

    /** Whether a run of {@code delimiter} between {@code before} and {@code after} can close emphasis. */
    static boolean canClose(char delimiter, int before, int after) {
        return canClose(delimiter, before, after, true) && canClose(delimiter, before, after, false)
                && (after != '~' || canClose(delimiter, before, 'a', true));
    }

    /** Whether a run there can neither open nor close, whichever definition a reader uses. */
    static boolean isInert(char delimiter, int before, int after) {
        return !canOpenEither(delimiter, before, after) && !canCloseEither(delimiter, before, after);
    }

    private static boolean canOpenEither(char delimiter, int before, int after) {
        return canOpen(delimiter, before, after, true) || canOpen(delimiter, before, after, false);
    }

    private static boolean canCloseEither(char delimiter, int before, int after) {
        return canClose(delimiter, before, after, true) || canClose(delimiter, before, after, false);
    }

    private static boolean canOpen(char delimiter, int before, int after, boolean wide) {
        boolean left = leftFlanking(before, after, wide);
        if (delimiter != '_') {
            return left;
        }
        return left && (!rightFlanking(before, after, wide) || punctuation(before, wide));
    }

    private static boolean canClose(char delimiter, int before, int after, boolean wide) {
        boolean right = rightFlanking(before, after, wide);
        if (delimiter != '_') {
            return right;
        }
        return right && (!leftFlanking(before, after, wide) || punctuation(after, wide));
    }

    private static boolean leftFlanking(int before, int after, boolean wide) {
        return !Chars.isWhitespace(after)
                && (!punctuation(after, wide) || Chars.isWhitespace(before) || punctuation(before, wide));
    }

    private static boolean rightFlanking(int before, int after, boolean wide) {
        return !Chars.isWhitespace(before)
                && (!punctuation(before, wide) || Chars.isWhitespace(after) || punctuation(after, wide));
    }

    private static boolean punctuation(int cp, boolean wide) {
        return wide ? Chars.isPunctuationWide(cp) : Chars.isPunctuationNarrow(cp);
    }
}
