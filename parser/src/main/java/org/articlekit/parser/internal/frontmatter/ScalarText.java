package org.articlekit.parser.internal.frontmatter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one scalar by hand, the way a person would read a broken line: matching quotes are removed (with their
 * escapes), an opening quote that never closes is dropped, {@code [a, b]} is a list, {@code  # comment} at the
 * end is dropped from unquoted text, and plain {@code true}, numbers and {@code null} are typed as in YAML's core
 * schema.
 */
final class ScalarText {

    private ScalarText() {
    }

    // a hand-read list nests at most this deep; deeper brackets stay text (recovery must not recurse without bound)
    private static final int MAX_LIST_DEPTH = 32;

    static Object value(String written) {
        return value(written, 0);
    }

    private static Object value(String written, int depth) {
        String text = written.strip();
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '"' || first == '\'') {
            int close = closingQuote(text, first);
            if (close == text.length() - 1) {
                return first == '"' ? unescape(text.substring(1, close)) : text.substring(1, close).replace("''", "'");
            }
            // a quote that never closes is a typo: the text after it is the value
            return close < 0 ? text.substring(1).strip() : text;
        }
        if (first == '[' && text.endsWith("]") && depth < MAX_LIST_DEPTH) {
            List<Object> items = new ArrayList<>();
            for (String part : splitTopLevel(text.substring(1, text.length() - 1))) {
                if (!part.isBlank()) {
                    items.add(value(part, depth + 1));
                }
            }
            return items;
        }
        int comment = text.indexOf(" #");
        if (comment > 0) {
            text = text.substring(0, comment).strip();
        }
        return typed(text);
    }

    /** Plain text typed by the YAML 1.2 core schema (booleans, decimal numbers, null), else the text. */
    static Object typed(String text) {
        if (CoreSchemaResolver.NULL_VALUE.matcher(text).matches()) {
            return null;
        }
        if (CoreSchemaResolver.BOOLEAN.matcher(text).matches()) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        if (CoreSchemaResolver.INTEGER.matcher(text).matches()) {
            return YamlValues.integer(text);
        }
        if (CoreSchemaResolver.DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        }
        return text;
    }

    private static int closingQuote(String text, char quote) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
