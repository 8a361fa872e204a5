package org.articlekit.exporter;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.articlekit.core.ExportException;

/**
 * The options given to an exporter: named string values read through typed accessors that reject bad
 * values with a message naming the option. Immutable; keys are case-sensitive and use kebab-case
 * ({@code link-style}).
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.builder().put("width", "72").put("links", "inline").build();
 * int width = options.integer("width", 80);
 * }</pre>
 */
public final class ExportOptions {

    /** No options: every exporter's defaults. */
    public static final ExportOptions DEFAULTS = new ExportOptions(Map.of());

    private final Map<String, String> values;

    private ExportOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Options holding {@code values}. */
    public static ExportOptions of(Map<String, String> values) {
        return new ExportOptions(values);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return new Builder(values);
    }

    /** Every option, sorted by key. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The raw value of {@code key}, or {@code fallback}. */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** {@code true}/{@code false} (also {@code yes}/{@code no}, {@code on}/{@code off}), or {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(key, value, "true or false");
        };
    }

    /** A whole number (any sign), or {@code fallback}. */
    public int integer(String key, int fallback) {
        return integer(key, fallback, Integer.MIN_VALUE);
    }

    /** A whole number at least {@code min}, or {@code fallback}. */
    public int integer(String key, int fallback, int min) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw invalid(key, value, min == Integer.MIN_VALUE ? "a whole number" : "a whole number from " + min);
    }

    /** One of an enum's constants, written in kebab-case ({@code INLINED} as {@code inlined}), or {@code fallback}. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String wanted = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw invalid(key, value, Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
    }

    private static ExportException invalid(String key, String value, String expected) {
        return new ExportException("option " + key + "=" + value + " is not valid: expected " + expected);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportOptions o && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ExportOptions" + values;
    }

    /** Builds {@link ExportOptions}. */
    public static final class Builder {
        private final Map<String, String> values;

        private Builder(Map<String, String> initial) {
            this.values = new TreeMap<>(initial);
        }

        public Builder put(String key, String value) {
            values.put(key, value);
            return this;
        }

        public Builder putAll(Map<String, String> more) {
            values.putAll(more);
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(values);
        }
    }
}
