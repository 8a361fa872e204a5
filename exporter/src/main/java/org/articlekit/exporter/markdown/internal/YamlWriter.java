package org.articlekit.exporter.markdown.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.articlekit.core.ExportException;

/**
 * Writes front-matter values as block-style YAML that every YAML reader reads back as the same values: a string
 * that a reader would take for something else (a number, a boolean, null, a comment, a flow collection …) is
 * double-quoted with escapes; the rest stay plain, as people write them.
 */
final class YamlWriter {

    private static final int MAX_DEPTH = 64;
    /** Enough for a typical block (a title, a date, a few tags) without growing the builder. */
    private static final int INITIAL_CAPACITY = 512;
    /** Plain scalars YAML 1.1 or 1.2 would read as a boolean, null, number, or that are otherwise special. */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i:y|n|yes|no|true|false|on|off|null|~|=|<<)"
            + "|[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)"
            + "|[-+]?(?:\\.[0-9_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(?i:inf)|\\.(?i:nan)");
    /** Every character a {@link #RESERVED} string may start with (its words in either case, signs, digits …). */
    private static final String RESERVED_FIRST = "yYnNtTfFoO~=<-+.0123456789";
    /** Dates and timestamps stay plain, so that YAML readers (Hexo, Jekyll) see them as dates, as the source did. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?");

    private YamlWriter() {
    }

    /** The YAML lines of {@code values}, each ending with a line feed. */
    static String write(Map<String, Object> values) {
        StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
        writeMap(out, values, "", 0, 0);
        return out.toString();
    }

    private static void writeMap(StringBuilder out, Map<?, ?> map, String firstPrefix, int indent, int depth) {
        checkDepth(depth);
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(first ? firstPrefix : " ".repeat(indent)).append(scalar(String.valueOf(entry.getKey())))
                    .append(':');
            first = false;
            writeValueAfterKey(out, entry.getValue(), indent, depth);
        }
    }

    private static void writeValueAfterKey(StringBuilder out, Object value, int indent, int depth) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            writeMap(out, map, " ".repeat(indent + 2), indent + 2, depth + 1);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            writeList(out, list, " ".repeat(indent + 2), indent + 2, depth + 1);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void writeList(StringBuilder out, List<?> list, String firstPrefix, int indent, int depth) {
        checkDepth(depth);
        boolean first = true;
        for (Object item : list) {
            String prefix = (first ? firstPrefix : " ".repeat(indent)) + "- ";
            first = false;
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                writeMap(out, map, prefix, indent + 2, depth + 1);
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                writeList(out, inner, prefix, indent + 2, depth + 1);
            } else {
                out.append(prefix).append(inline(item)).append('\n');
            }
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new ExportException("the front matter is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** A value that fits on the line of its key: a scalar, or an empty list or map. */
    private static String inline(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof List<?>) {
            return "[]";
        } else if (value instanceof Map<?, ?>) {
            return "{}";
        } else if (value instanceof Boolean || value instanceof Long || value instanceof java.math.BigInteger
                || value instanceof Integer) {
            return value.toString();
        } else if (value instanceof Double d) {
            return number(d);
        } else if (value instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return scalar(String.valueOf(value));
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String text = Double.toString(d);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        // YAML 1.1 wants a sign on the exponent: 1.0E10 is written 1.0e+10
        String exponent = text.substring(e + 1);
        return text.substring(0, e) + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }

    /** A string as a plain scalar where that reads back as the same string, else double-quoted. */
    static String scalar(String value) {
        return isPlainSafe(value) ? value : quote(value);
    }

    private static boolean isPlainSafe(String value) {
        if (value.isEmpty() || value.strip().length() != value.length()) {
            return false;
        }
        char first = value.charAt(0);
        // the patterns only run on strings that start as a match must: most values are words or sentences
        if (first >= '0' && first <= '9' && TIMESTAMP.matcher(value).matches()) {
            return true;
        }
        // no reserved form holds a space: titles and sentences skip the pattern
        if (RESERVED_FIRST.indexOf(first) >= 0 && value.indexOf(' ') < 0 && RESERVED.matcher(value).matches()
                || "-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0
                || value.endsWith(":") || value.contains(": ") || value.contains(" #") || value.contains(":\t")
                || value.startsWith("---") || value.startsWith("...")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' && opensMarkup(value, i)) {
                return false;
            }
            if (c < ' ' || c == 0x7f || c >= 0x80 && c <= 0x9f || c == '\u2028' || c == '\u2029'
                    || c == '\ufeff' || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@code <} at {@code i} could open an HTML tag or autolink if the block were read as Markdown. */
    private static boolean opensMarkup(String value, int i) {
        return TextWriter.opensMarkup(i + 1 < value.length() ? value.charAt(i + 1) : Chars.EDGE);
    }

    private static boolean validSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                // a renderer that does not know front matter reads this block as text: no tag may open there
                case '<' -> out.append(opensMarkup(value, i) ? "\\x3c" : "<");
                default -> {
                    if (c < ' ' || c == 0x7f || c >= 0x80 && c <= 0x9f || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff' || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
