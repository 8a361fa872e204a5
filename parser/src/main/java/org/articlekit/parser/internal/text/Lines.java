package org.articlekit.parser.internal.text;

import java.util.Arrays;

/**
 * The lines of a text, found once: where each starts and where its content ends, with {@code \r\n}, {@code \r}
 * and {@code \n} all counted as line ends, so that line numbers agree with what an editor shows for the
 * original file whatever its line ends.
 */
public final class Lines {

    private final String text;
    private int[] starts;
    private int[] ends;
    private int count;

    private Lines(String text) {
        this.text = text;
        this.starts = new int[16];
        this.ends = new int[16];
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(start, i);
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length || count == 0) {
            add(start, length);
        }
    }

    /** The lines of {@code text}; a final line end does not start an empty last line. */
    public static Lines of(String text) {
        return new Lines(text);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** How many lines there are. */
    public int count() {
        return count;
    }

    /** The content of line {@code index} (0-based), without its line end. */
    public String line(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** Where line {@code index} (0-based) starts in the text. */
    public int start(int index) {
        return starts[index];
    }

    /** Where the line after {@code index} starts, or the text's length after the last line. */
    public int nextStart(int index) {
        return index + 1 < count ? starts[index + 1] : text.length();
    }

    /**
     * Lines {@code from} (inclusive) to {@code to} (exclusive) joined with {@code \n}, each followed by one:
     * the block a front-matter reader sees, line for line the same as the file.
     */
    public String joined(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(text, starts[i], ends[i]).append('\n');
        }
        return out.toString();
    }
}
