package org.articlekit.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole front matter of an article, keys in source order, values as written.
 *
 * <p>A value is one of: {@link String} (every scalar that is not a plain number or boolean, timestamps
 * included, exactly as written), {@link Boolean}, {@link Long}, {@link BigInteger}, {@link Double},
 * {@link BigDecimal}, {@code null}, a {@link List} of values, or a {@link Map} from {@link String} to values.
 * The copy made on construction is deep and unmodifiable; {@code null} values are kept. Values nest at most
 * {@value #MAX_DEPTH} levels deep (which also rules out cyclic structures), so that copying, comparing and
 * writing front matter can never exhaust the stack; readers enforce a smaller limit with a diagnostic.
 *
 * @param values the keys and values in source order
 */
public record FrontMatter(Map<String, Object> values) {

    /** The front matter of an article that has none. */
    public static final FrontMatter EMPTY = new FrontMatter(Map.of());

    /** The deepest nesting of lists and maps accepted. */
    public static final int MAX_DEPTH = 100;

    public FrontMatter {
        values = copyMap(values, 1);
    }

    /** The value under {@code key}, or {@code null}. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether the front matter has no keys. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Map<String, Object> copyMap(Map<?, ?> source, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("front matter nests deeper than " + MAX_DEPTH + " levels");
        }
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, source.size() * 2));
        source.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value, depth)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof BigInteger || value instanceof Double || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, depth + 1);
        }
        if (value instanceof List<?> list) {
            if (depth + 1 > MAX_DEPTH) {
                throw new IllegalArgumentException("front matter nests deeper than " + MAX_DEPTH + " levels");
            }
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item, depth + 1)));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a front-matter value: " + value.getClass().getName());
    }
}
