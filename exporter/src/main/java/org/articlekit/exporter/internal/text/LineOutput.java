package org.articlekit.exporter.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes lines under the prefixes of the containers they sit in ({@code "> "} of a quote, {@code "- "} then
 * {@code "  "} of a list item), with at most one blank line between blocks and no trailing spaces.
 *
 * <p>Only the outer {@value #MAX_VISIBLE_INDENTS} containers (and at most half the page) indent their lines; deeper
 * ones still show a list item's marker on its first line but indent nothing, so a hostile, deeply nested document
 * costs linear, not quadratic, output.
 */
final class LineOutput {

    static final int MAX_VISIBLE_INDENTS = 16;

    /** One container's prefix: {@code first} on its first line, {@code rest} on the others. */
    private record Indent(String first, String rest, int width) {
    }

    private final Writer out;
    /** The line being put together, one builder for all of them. */
    private final StringBuilder line = new StringBuilder();
    private final int width;
    private final List<Indent> visible = new ArrayList<>();
    private final List<Indent> hidden = new ArrayList<>();
    private int visibleStarted;       // visible indents below this index have written their first line
    private int hiddenStarted;        // the same for hidden indents
    private int visibleWidth;         // columns the visible indents take
    private boolean pendingBlank;
    private long lines;

    /**
     * @param out   where the lines go
     * @param width the page width in columns; 0 for no limit
     */
    LineOutput(Writer out, int width) {
        this.out = out;
        this.width = width;
    }

    /** Enters a container whose lines start with {@code first} once, then with {@code rest} (as wide). */
    void push(String first, String rest) {
        int w = Math.max(DisplayWidth.of(first), DisplayWidth.of(rest));
        boolean fits = hidden.isEmpty() && visible.size() < MAX_VISIBLE_INDENTS
                && (width == 0 || visibleWidth + w <= width / 2);
        if (fits) {
            visible.add(new Indent(first, rest, w));
            visibleWidth += w;
        } else {
            // too deep to indent: a list item keeps its marker on its first line, a quote shows nothing
            String marker = first.equals(rest) ? "" : first;
            hidden.add(new Indent(marker, "", DisplayWidth.of(marker)));
        }
    }

    /** Leaves the innermost container; a blank line it asked for and did not use is dropped. */
    void pop() {
        if (!hidden.isEmpty()) {
            hidden.remove(hidden.size() - 1);
            hiddenStarted = Math.min(hiddenStarted, hidden.size());
        } else {
            Indent removed = visible.remove(visible.size() - 1);
            visibleWidth -= removed.width();
            visibleStarted = Math.min(visibleStarted, visible.size());
        }
        pendingBlank = false;
    }

    /** Asks for a blank line before the next line written (at most one, however often asked). */
    void blankLine() {
        if (lines > 0) {
            pendingBlank = true;
        }
    }

    /** How many lines have been written, blank ones included. */
    long lines() {
        return lines;
    }

    /** The columns left for text on the next line; {@link Integer#MAX_VALUE} when the page has no width. */
    int firstWidth() {
        if (width == 0) {
            return Integer.MAX_VALUE;
        }
        int used = visibleWidth;
        for (int i = hiddenStarted; i < hidden.size(); i++) {
            used += hidden.get(i).width();
        }
        return width - used;
    }

    /** The columns left for text on the lines after the next one. */
    int restWidth() {
        return width == 0 ? Integer.MAX_VALUE : width - visibleWidth;
    }

    /** Writes one line of content under the current prefixes. */
    void line(CharSequence content) {
        line(content, 0, content.length());
    }

    /** Writes {@code content[start, end)} as one line under the current prefixes. */
    void line(CharSequence content, int start, int end) {
        line.setLength(0);
        if (pendingBlank) {
            for (int i = 0; i < visibleStarted; i++) {
                line.append(visible.get(i).rest());
            }
            write();
            line.setLength(0);
            pendingBlank = false;
        }
        for (int i = 0; i < visible.size(); i++) {
            Indent indent = visible.get(i);
            line.append(i < visibleStarted ? indent.rest() : indent.first());
        }
        for (int i = hiddenStarted; i < hidden.size(); i++) {
            line.append(hidden.get(i).first());
        }
        visibleStarted = visible.size();
        hiddenStarted = hidden.size();
        line.append(content, start, end);
        write();
    }

    private void write() {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        line.setLength(end);
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines++;
    }
}
