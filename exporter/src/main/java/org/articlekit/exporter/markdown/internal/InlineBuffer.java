package org.articlekit.exporter.markdown.internal;

import java.util.Arrays;

/**
 * Markdown being written for one run of inline content, with the places where a space may become a line break
 * and where the current line started.
 */
final class InlineBuffer {

    final StringBuilder text = new StringBuilder();
    private int[] breakable = new int[8];
    private int breakableCount;
    /** The offset where the current line began, or -1 when the content is not at the start of a line. */
    int lineStart;
    /** What stands before the buffer's first character, for the flanking and escaping rules. */
    private final int before;

    InlineBuffer(int before, int lineStart) {
        this.before = before;
        this.lineStart = lineStart;
    }

    /** The code point before the end of what is written so far. */
    int last() {
        int length = text.length();
        if (length == 0) {
            return before;
        }
        char last = text.charAt(length - 1);
        return Character.isLowSurrogate(last) ? Character.codePointBefore(text, length) : last;
    }

    /**
     * Whether this buffer holds the content of a mark and nothing but spaces and breaks so far, which will move out
     * past the mark's opening delimiter.
     */
    boolean atMarkContentStart() {
        if (before != Chars.SOME_PUNCTUATION) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '<' && i + 4 <= text.length() && "<br>".contentEquals(text.subSequence(i, i + 4))) {
                i += 3;
            } else if (!Chars.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces (which a reader drops there) stand between the start of the line and the end. */
    boolean atLineStart() {
        if (lineStart < 0) {
            return false;
        }
        for (int i = lineStart; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    void markBreakable() {
        if (breakableCount == breakable.length) {
            breakable = Arrays.copyOf(breakable, breakableCount * 2);
        }
        breakable[breakableCount++] = text.length();
    }

    int breakableCount() {
        return breakableCount;
    }

    int breakable(int index) {
        return breakable[index];
    }

    /** Forgets break opportunities at or after {@code length} and cuts the text there. */
    void truncate(int length) {
        text.setLength(length);
        while (breakableCount > 0 && breakable[breakableCount - 1] >= length) {
            breakableCount--;
        }
        if (lineStart > length) {
            lineStart = -1;
        }
    }

    /**
     * Appends {@code other}'s text from {@code from} to {@code to}, keeping its break opportunities there.
     */
    void append(InlineBuffer other, int from, int to) {
        int shift = text.length() - from;
        for (int i = 0; i < other.breakableCount; i++) {
            int at = other.breakable[i];
            if (at >= from && at < to) {
                if (breakableCount == breakable.length) {
                    breakable = Arrays.copyOf(breakable, breakableCount * 2);
                }
                breakable[breakableCount++] = at + shift;
            }
        }
        text.append(other.text, from, to);
    }
}
