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
        return text.length() == 0 ? before : Character.codePointBefore(text, text.length());
    }

    boolean atLineStart() {
        return text.length() == lineStart;
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
