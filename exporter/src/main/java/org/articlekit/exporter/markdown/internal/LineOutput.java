package org.articlekit.exporter.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a Markdown document, each written behind the prefixes of the containers it sits in
 * ({@code > } for a quote, a list marker on an item's first line and its indentation after). Blank lines between
 * blocks are requested and written lazily, so a block that writes nothing leaves no gap.
 */
final class LineOutput {

    /** Characters held before finished lines go to the sink. */
    private static final int DRAIN_AT = 1 << 14;

    private final StringBuilder out;
    /** Where finished text goes, or null when it all stays in {@code out}. */
    private final MarkdownWriter.Sink sink;
    /** How many characters went to the sink, taken from the start of {@code out}. */
    private int drained;
    /** Where the lines start in {@code out}: no blank line is written before the first. */
    private final int origin;
    private final List<Prefix> prefixes = new ArrayList<>();
    private boolean blankPending;
    private int lineCount;

    private static final class Prefix {
        String first;
        final String rest;

        Prefix(String first, String rest) {
            this.first = first;
            this.rest = rest;
        }
    }

    /**
     * Lines go to the end of {@code out}, after what it holds already. With a {@code sink}, whenever {@code out}
     * holds more than some thousand characters after a line, they go to the sink, all but the line feeds at the
     * end (which the document's end may trim), and leave {@code out}.
     */
    LineOutput(StringBuilder out, MarkdownWriter.Sink sink) {
        this.out = out;
        this.sink = sink;
        this.origin = out.length();
    }

    /** Enters a container whose first line starts with {@code first} and whose other lines with {@code rest}. */
    void push(String first, String rest) {
        prefixes.add(new Prefix(first, rest));
    }

    /** Leaves the innermost container; a marker never written (an empty item) is written on a line of its own. */
    void pop() {
        Prefix last = prefixes.get(prefixes.size() - 1);
        if (last.first != null) {
            line("");
        }
        prefixes.remove(prefixes.size() - 1);
    }

    /** Whether a list marker waits for the next line. */
    boolean markerPending() {
        return pendingMarker() != 0;
    }

    /** The first character of the innermost list marker waiting for the next line, or 0 when none waits. */
    char pendingMarker() {
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            String first = prefixes.get(i).first;
            if (first != null && !first.startsWith(">")) {
                return first.charAt(0);
            }
        }
        return 0;
    }

    /** Asks for a blank line before the next line written. */
    void blankLine() {
        blankPending = true;
    }

    /** How many lines have been written, blank ones included. */
    int lineCount() {
        return lineCount;
    }

    /** The columns the prefixes take. */
    int prefixWidth() {
        int width = 0;
        for (Prefix prefix : prefixes) {
            width += (prefix.first != null ? prefix.first : prefix.rest).length();
        }
        return width;
    }

    /** Writes one line (without its line feed) behind the current prefixes. */
    void line(CharSequence content) {
        line(content, 0, content.length());
    }

    /** Writes {@code content[from, to)} as one line (without its line feed) behind the current prefixes. */
    private void line(CharSequence content, int from, int to) {
        if (blankPending) {
            blankPending = false;
            if (drained + out.length() > origin) {
                int start = out.length();
                for (Prefix prefix : prefixes) {
                    if (prefix.first != null) {
                        break;
                    }
                    out.append(prefix.rest);
                }
                stripTrailingSpaces(start);
                out.append('\n');
            }
        }
        int start = out.length();
        for (Prefix prefix : prefixes) {
            if (prefix.first != null) {
                out.append(prefix.first);
                prefix.first = null;
            } else {
                out.append(prefix.rest);
            }
        }
        if (from == 0 && to == content.length()) {
            out.append(content);       // a String or StringBuilder whole is copied in bulk, a range char by char
        } else {
            out.append(content, from, to);
        }
        if (from == to) {
            stripTrailingSpaces(start);
        }
        out.append('\n');
        lineCount++;
        if (sink != null && out.length() >= DRAIN_AT) {
            drain();
        }
    }

    private void drain() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0) {
            sink.accept(out, 0, end);
            out.delete(0, end);
            drained += end;
        }
    }

    /** Writes each line of {@code text}, split at line feeds. */
    void lines(CharSequence text) {
        int start = 0;
        for (int end = indexOfLineFeed(text, 0); end >= 0; end = indexOfLineFeed(text, start)) {
            line(text, start, end);
            start = end + 1;
        }
        line(text, start, text.length());
    }

    private static int indexOfLineFeed(CharSequence text, int from) {
        if (text instanceof String string) {
            return string.indexOf('\n', from);
        } else if (text instanceof StringBuilder builder) {
            return builder.indexOf("\n", from);
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void stripTrailingSpaces(int start) {
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
