package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays JSON out as {@code JSON.stringify(value, null, 2)} does: two spaces per level, {@code "key": value},
 * {@code []} and {@code {}} for empty containers, {@code \n} line ends on every platform.
 *
 * <p>Indentation stops growing after {@link #MAX_INDENTED_LEVELS} levels: the output of a hostile, deeply nested
 * tree then grows linearly with its size instead of quadratically. Holds the current level, so one instance
 * serves one document only.
 */
final class IndentingPrinter implements PrettyPrinter {

    /** Levels beyond this many are written at this indentation. Real articles stay well below it. */
    static final int MAX_INDENTED_LEVELS = 40;

    private static final String NEWLINE_AND_SPACES = "\n" + " ".repeat(2 * MAX_INDENTED_LEVELS);

    private int level;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        level++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        level--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        level++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        level--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw(NEWLINE_AND_SPACES, 0, 1 + 2 * Math.min(level, MAX_INDENTED_LEVELS));
    }
}
