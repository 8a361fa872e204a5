package org.articlekit.parser.internal.frontmatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies what Jackson read (TOML) into front-matter values, counting them against the budget. */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> map(Map<?, ?> source, ValueBudget budget, int depth) {
        budget.checkDepth(depth);
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(String.valueOf(key), value(value, budget, depth + 1)));
        return copy;
    }

    static Object value(Object value, ValueBudget budget, int depth) {
        budget.spend();
        if (value instanceof Map<?, ?> map) {
            return map(map, budget, depth);
        }
        if (value instanceof List<?> list) {
            budget.checkDepth(depth);
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(value(item, budget, depth + 1)));
            return copy;
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        // a date or time object, should a reader ever make one: its text, never a machine-zone conversion
        return String.valueOf(value);
    }
}
