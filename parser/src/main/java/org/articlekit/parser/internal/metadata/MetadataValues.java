package org.articlekit.parser.internal.metadata;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.articlekit.parser.internal.UnsafeUrls;

/**
 * Reads the shapes metadata values come in: a name from a string or a person map, a flat list of categories or
 * tags from strings, lists and nested lists, an image URL from text, a list or a map, a flag from a boolean or
 * its words. Lists are walked without recursion.
 */
final class MetadataValues {

    /** Keys inside a map that name a person: WordPress exports write display_name, Hexo and Hugo name. */
    /** Tags and categories written as one string: separated by ASCII or fullwidth commas. */
    private static final Pattern COMMAS = Pattern.compile("[,，]");
    private static final String[] PERSON = {"name", "display_name", "displayName", "full_name", "fullname",
        "nickname", "login", "username"};
    /** Keys inside a map that hold an image URL: {@code cover: {image: …}}, {@code image: {src: …}}. */
    private static final String[] IMAGE = {"image", "src", "url", "path", "overlay_image", "file"};

    private MetadataValues() {
    }

    /** A scalar as text; numbers as written, lists and maps are not text. */
    static String text(Keys.Found found) {
        return found == null ? null : scalarText(found.value());
    }

    static String scalarText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return null;
    }

    /** Names from a string, a list, or maps with a name (WordPress: display_name; else first and last name). */
    static List<String> authors(Keys.Found found) {
        List<String> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        List<?> items = found.value() instanceof List<?> list ? list : List.of(found.value());
        for (Object item : items) {
            String name = item instanceof Map<?, ?> map ? personName(map) : scalarText(item);
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    static String personName(Map<?, ?> person) {
        @SuppressWarnings("unchecked")
        Keys keys = new Keys((Map<String, Object>) person);
        Keys.Found first = keys.first("first_name", "firstName");
        Keys.Found last = keys.first("last_name", "lastName");
        Keys.Found named = keys.first(PERSON);
        if (named != null && !named.key().equals("login") && !named.key().equals("username")) {
            return text(named);
        }
        if (first != null || last != null) {
            String full = ((first == null ? "" : text(first)) + " " + (last == null ? "" : text(last))).strip();
            if (!full.isEmpty()) {
                return full;
            }
        }
        return text(named);
    }

    /** Categories in order; Hexo's nested lists ({@code - [Programming, Tools]}) are flattened, each name once. */
    static List<String> categories(Keys.Found found) {
        if (found == null) {
            return List.of();
        }
        if (!(found.value() instanceof List<?> list)) {
            String one = scalarText(found.value());
            return one == null || one.isBlank() ? List.of() : List.of(one.strip());
        }
        boolean nested = list.stream().anyMatch(item -> item instanceof List<?>);
        List<String> flat = flatten(list);
        return nested ? List.copyOf(new LinkedHashSet<>(flat)) : flat;
    }

    /** Tags in order: a list, or one string of comma-separated tags. */
    static List<String> tags(Keys.Found found) {
        if (found == null) {
            return List.of();
        }
        if (found.value() instanceof List<?> list) {
            return flatten(list);
        }
        String text = scalarText(found.value());
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : COMMAS.split(text)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** Every scalar in a list of lists, depth first, in order; maps give their name. Without recursion. */
    static List<String> flatten(List<?> list) {
        List<String> out = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        for (int i = list.size() - 1; i >= 0; i--) {
            pending.push(list.get(i) == null ? "" : list.get(i));
        }
        while (!pending.isEmpty()) {
            Object item = pending.pop();
            if (item instanceof List<?> inner) {
                for (int i = inner.size() - 1; i >= 0; i--) {
                    pending.push(inner.get(i) == null ? "" : inner.get(i));
                }
            } else {
                String text = item instanceof Map<?, ?> map ? personName(map) : scalarText(item);
                if (text != null && !text.isBlank()) {
                    out.add(text.strip());
                }
            }
        }
        return out;
    }

    /** An image URL: text, the first of a list ({@code images}), or the URL inside a map. */
    static String image(Keys.Found found) {
        if (found == null) {
            return null;
        }
        Object value = found.value();
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Keys inner = new Keys((Map<String, Object>) map);
            String url = text(inner.first(IMAGE));
            return UnsafeUrls.isUnsafe(url) ? null : url;
        }
        String text = scalarText(value);
        // the front-matter map keeps the value as written; the typed field, which exporters show, keeps no script
        return text == null || text.isBlank() || value instanceof Boolean || UnsafeUrls.isUnsafe(text) ? null
                : text.strip();
    }


    static Boolean flag(Keys.Found found) {
        if (found == null) {
            return null;
        }
        if (found.value() instanceof Boolean b) {
            return b;
        }
        String text = scalarText(found.value());
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> null;
        };
    }
}
