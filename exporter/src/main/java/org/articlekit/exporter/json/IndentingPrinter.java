package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

    /**
     * A line feed and the indentation of each level, encoded once: written before nearly every value, they would
     * otherwise be copied and encoded character by character each time.
     */
    private static final SerializableString[] NEW_LINES = newLines();

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
        g.writeRaw(NEW_LINES[Math.min(level, MAX_INDENTED_LEVELS)]);
    }

    private static SerializableString[] newLines() {
        SerializableString[] lines = new SerializableString[MAX_INDENTED_LEVELS + 1];
        for (int level = 0; level <= MAX_INDENTED_LEVELS; level++) {
            lines[level] = new SerializedString("\n" + "  ".repeat(level));
            lines[level].asUnquotedUTF8();      // encoded now, so that the table never changes afterwards
        }
        return lines;
    }
}
