package org.articlekit.parser.internal.text;

import java.util.Arrays;

/**
 * The lines of a text, found as far as they are asked for: where each starts and where its content ends, with
 * {@code \r\n}, {@code \r} and {@code \n} all counted as line ends, so that line numbers agree with what an
 * editor shows for the original file whatever its line ends. The front matter sits at the top of a file, so a
 * reader that only looks at its first lines never scans a long body.
 */
public final class Lines {

    private final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    /** Where the next line not yet found starts; past the end once every line is known. */
    private int scanned;
    private boolean complete;

    private Lines(String text) {
        this.text = text;
    }

    /** The lines of {@code text}; a final line end does not start an empty last line. */
    public static Lines of(String text) {
        return new Lines(text);
    }

    /** Whether line {@code index} (0-based) exists; finds lines up to it when needed. */
    public boolean has(int index) {
        while (count <= index && !complete) {
            findNext();
        }
        return index < count;
    }

    private void findNext() {
        int length = text.length();
        for (int i = scanned; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(scanned, i);
                scanned = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                return;
            }
        }
        if (scanned < length || count == 0) {
            add(scanned, length);
        }
        scanned = length;
        complete = true;
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

    /** How many lines there are (finds them all). */
    public int count() {
        while (!complete) {
            findNext();
        }
        return count;
    }

    /** The content of line {@code index} (0-based), without its line end; the line must {@link #has(int) exist}. */
    public String line(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** Where line {@code index} (0-based) starts in the text. */
    public int start(int index) {
        return starts[index];
    }

    /** Where the line after {@code index} starts, or the text's length after the last line. */
    public int nextStart(int index) {
        return has(index + 1) ? starts[index + 1] : text.length();
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
