package org.articlekit.parser.internal.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.articlekit.core.FrontMatter;

/**
 * Looks keys up in a front matter the way site generators do: the key as written first, then ignoring case
 * (Hugo lower-cases keys, so {@code Title} is {@code title}).
 */
final class Keys {

    /** A key that was found and its value. */
    record Found(String key, Object value) {
    }

    private final Map<String, Object> values;
    /** The first key of each lower-cased spelling, made at the first look-up that misses; this object's own. */
    private Map<String, String> lowerCased;

    Keys(FrontMatter frontMatter) {
        this(frontMatter.values());
    }

    Keys(Map<String, Object> values) {
        this.values = values;
    }

    /** The first of {@code names} that has a value other than null or blank text, or null. */
    Found first(String... names) {
        for (String name : names) {
            Found found = find(name);
            if (found != null && !isBlank(found.value())) {
                return found;
            }
        }
        return null;
    }

    private Found find(String name) {
        if (values.containsKey(name)) {
            return new Found(name, values.get(name));
        }
        if (lowerCased == null) {
            // one lower-casing per key, instead of one per key at every name looked for
            lowerCased = new HashMap<>();
            for (String key : values.keySet()) {
                lowerCased.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            }
        }
        String key = lowerCased.get(name.toLowerCase(Locale.ROOT));
        return key == null ? null : new Found(key, values.get(key));
    }

    /** The map under {@code name} (Hugo's {@code params}, Minimal Mistakes' {@code header}), or null. */
    Keys nested(String name) {
        Found found = find(name);
        if (found != null && found.value() instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return new Keys(typed);
        }
        return null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
