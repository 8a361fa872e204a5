package org.articlekit.exporter.json;

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

    static void write(JsonOutput g, Object root) throws IOException {
        Deque<Frame> pending = new ArrayDeque<>();
        open(g, pending, root);
        while (!pending.isEmpty()) {
            Frame frame = pending.peek();
            if (!frame.items().hasNext()) {
                pending.pop();
                if (frame.map()) {
                    g.endObject();
                } else {
                    g.endArray();
                }
                continue;
            }
            Object next = frame.items().next();
            if (frame.map()) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) next;
                g.name(String.valueOf(entry.getKey()));
                next = entry.getValue();
            }
            open(g, pending, next);
        }
    }

    /** Writes a scalar, or opens a container and pushes its frame. */
    private static void open(JsonOutput g, Deque<Frame> pending, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.startObject();
            pending.push(new Frame(true, map.entrySet().iterator()));
        } else if (value instanceof List<?> list) {
            g.startArray();
            pending.push(new Frame(false, list.iterator()));
        } else if (value == null) {
            g.nullValue();
        } else if (value instanceof Boolean b) {
            g.bool(b);
        } else if (value instanceof Long n) {
            g.number(n);
        } else if (value instanceof BigInteger n) {
            g.number(n);
        } else if (value instanceof Double n) {
            if (n.isNaN() || n.isInfinite()) {
                g.string(n.toString());
            } else {
                g.number(n);
            }
        } else if (value instanceof BigDecimal n) {
            g.number(n);
        } else {
            g.string(value.toString());
        }
    }
}
