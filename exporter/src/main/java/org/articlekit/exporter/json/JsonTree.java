package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;

/**
 * Reads one JSON value into plain Java values — {@link JsonObject}, {@link JsonArray}, {@link String},
 * {@link Boolean}, {@link Long}, {@link java.math.BigInteger}, {@link Double}, {@link BigDecimal} or
 * {@code null} — remembering where each container started, so later checks can name a line and column.
 * Uses an explicit stack: nesting depth is bounded by memory only.
 *
 * <p>Numbers read back as the front-matter model holds them: an integer as a {@code Long} when it fits, else a
 * {@code BigInteger}; a decimal as a {@code Double} when the double's own text is exactly what was written,
 * else a {@code BigDecimal}.
 */
final class JsonTree {

    private JsonTree() {
    }

    /** A JSON object, keys in document order, with the position of its opening brace. */
    static final class JsonObject extends LinkedHashMap<String, Object> {
        final int line;
        final int column;

        JsonObject(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** A JSON array with the position of its opening bracket. */
    static final class JsonArray extends ArrayList<Object> {
        final int line;
        final int column;

        JsonArray(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** An open container and the name under which its next value goes (objects only). */
    private static final class Frame {
        final Object container;
        String name;

        Frame(Object container) {
            this.container = container;
        }
    }

    /**
     * Reads the value that starts at the parser's current token, leaving the parser on that value's last token.
     *
     * @throws IOException on malformed JSON (a {@link com.fasterxml.jackson.core.JsonProcessingException})
     */
    static Object read(JsonParser p) throws IOException {
        Deque<Frame> open = new ArrayDeque<>();
        JsonToken token = p.currentToken();
        while (true) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "the JSON ends inside a value");
            }
            Object value;
            switch (token) {
                case START_OBJECT -> {
                    JsonLocation at = p.currentTokenLocation();
                    JsonObject object = new JsonObject(at.getLineNr(), at.getColumnNr());
                    attach(open, object);
                    open.push(new Frame(object));
                    token = p.nextToken();
                    continue;
                }
                case START_ARRAY -> {
                    JsonLocation at = p.currentTokenLocation();
                    JsonArray array = new JsonArray(at.getLineNr(), at.getColumnNr());
                    attach(open, array);
                    open.push(new Frame(array));
                    token = p.nextToken();
                    continue;
                }
                case FIELD_NAME -> {
                    open.peek().name = p.currentName();
                    token = p.nextToken();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    Frame closed = open.pop();
                    if (open.isEmpty()) {
                        return closed.container;
                    }
                    token = p.nextToken();
                    continue;
                }
                case VALUE_STRING -> value = p.getText();
                case VALUE_NUMBER_INT -> value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? p.getBigIntegerValue() : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT -> value = decimal(p.getText());
                case VALUE_TRUE -> value = Boolean.TRUE;
                case VALUE_FALSE -> value = Boolean.FALSE;
                case VALUE_NULL -> value = null;
                default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + token);
            }
            if (open.isEmpty()) {
                return value;
            }
            attach(open, value);
            token = p.nextToken();
        }
    }

    private static void attach(Deque<Frame> open, Object value) {
        Frame parent = open.peek();
        if (parent == null) {
            return;
        }
        if (parent.container instanceof JsonArray array) {
            array.add(value);
        } else {
            ((JsonObject) parent.container).put(parent.name, value);
        }
    }

    private static Object decimal(String text) {
        double d = Double.parseDouble(text);
        return Double.toString(d).equals(text) ? (Object) d : new BigDecimal(text);
    }
}
