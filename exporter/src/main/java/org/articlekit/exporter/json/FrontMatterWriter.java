package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes front-matter values (see {@link org.articlekit.core.FrontMatter}) as JSON, maps in their own order,
 * with an explicit stack so that nesting depth cannot overflow the call stack. A {@code NaN} or infinite double,
 * which JSON cannot express, is written as a string ({@code "NaN"}, {@code "Infinity"}).
 */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    /** A container being written: its entries (for a map) or items (for a list). */
    private record Frame(boolean map, Iterator<?> items) {
    }

    static void write(JsonGenerator g, Object root) throws IOException {
        Deque<Frame> pending = new ArrayDeque<>();
        open(g, pending, root);
        while (!pending.isEmpty()) {
            Frame frame = pending.peek();
            if (!frame.items().hasNext()) {
                pending.pop();
                if (frame.map()) {
                    g.writeEndObject();
                } else {
                    g.writeEndArray();
                }
                continue;
            }
            Object next = frame.items().next();
            if (frame.map()) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) next;
                JsonText.writeFieldName(g, String.valueOf(entry.getKey()));
                next = entry.getValue();
            }
            open(g, pending, next);
        }
    }

    /** Writes a scalar, or opens a container and pushes its frame. */
    private static void open(JsonGenerator g, Deque<Frame> pending, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            pending.push(new Frame(true, map.entrySet().iterator()));
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            pending.push(new Frame(false, list.iterator()));
        } else if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof BigInteger n) {
            g.writeNumber(n);
        } else if (value instanceof Double n) {
            if (n.isNaN() || n.isInfinite()) {
                g.writeString(n.toString());
            } else {
                g.writeNumber(n);
            }
        } else if (value instanceof BigDecimal n) {
            g.writeNumber(n);
        } else {
            JsonText.writeString(g, value.toString());
        }
    }
}
