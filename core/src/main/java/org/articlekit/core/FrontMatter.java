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
 * The copy made on construction is deep and unmodifiable; {@code null} values are kept.
 *
 * @param values the keys and values in source order
 */
public record FrontMatter(Map<String, Object> values) {

    /** The front matter of an article that has none. */
    public static final FrontMatter EMPTY = new FrontMatter(Map.of());

    public FrontMatter {
        values = copyMap(values);
    }

    /** The value under {@code key}, or {@code null}. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether the front matter has no keys. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Map<String, Object> copyMap(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, source.size() * 2));
        source.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
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
            return copyMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item)));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a front-matter value: " + value.getClass().getName());
    }
}
