package org.articlekit.exporter.json;

import java.math.BigInteger;
import org.articlekit.exporter.json.JsonTree.JsonArray;
import org.articlekit.exporter.json.JsonTree.JsonObject;

/** Typed reads of the fields of a {@link JsonObject}, failing with a {@link Mismatch} that names the position. */
final class JsonShape {

    private JsonShape() {
    }

    /** JSON that is well-formed but not the contract's shape; carries where the offending object starts. */
    static final class Mismatch extends RuntimeException {
        final int line;
        final int column;

        Mismatch(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    static Mismatch mismatch(JsonObject at, String message) {
        return new Mismatch(message, at.line, at.column);
    }

    static String string(JsonObject o, String key) {
        Object value = o.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(o, key, "a string");
    }

    static String requiredString(JsonObject o, String key) {
        String value = string(o, key);
        if (value == null) {
            throw mismatch(o, "\"" + key + "\" must be a string" + where(o));
        }
        return value;
    }

    static Boolean bool(JsonObject o, String key) {
        Object value = o.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrongType(o, key, "true or false");
    }

    static boolean bool(JsonObject o, String key, boolean fallback) {
        Boolean value = bool(o, key);
        return value == null ? fallback : value;
    }

    static Integer integer(JsonObject o, String key) {
        Object value = o.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            throw mismatch(o, "\"" + key + "\" is out of range: " + value + where(o));
        }
        throw wrongType(o, key, "a whole number");
    }

    static int integer(JsonObject o, String key, int fallback) {
        Integer value = integer(o, key);
        return value == null ? fallback : value;
    }

    static JsonObject object(JsonObject o, String key) {
        Object value = o.get(key);
        if (value == null || value instanceof JsonObject) {
            return (JsonObject) value;
        }
        throw wrongType(o, key, "an object");
    }

    static JsonArray array(JsonObject o, String key) {
        Object value = o.get(key);
        if (value == null || value instanceof JsonArray) {
            return (JsonArray) value;
        }
        throw wrongType(o, key, "an array");
    }

    private static Mismatch wrongType(JsonObject o, String key, String expected) {
        return mismatch(o, "\"" + key + "\" must be " + expected + where(o));
    }

    private static String where(JsonObject o) {
        Object type = o.get("type");
        return type instanceof String s ? " in a " + s + " node" : "";
    }
}
