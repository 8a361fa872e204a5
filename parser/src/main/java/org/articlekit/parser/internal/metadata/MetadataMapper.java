package org.articlekit.parser.internal.metadata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.articlekit.core.Metadata;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.frontmatter.FrontMatterContent;
import org.articlekit.parser.internal.frontmatter.Position;

/**
 * Maps a front matter to typed {@link Metadata}, each field from the first of its aliases that has a value
 * (keys matched as written, then ignoring case). The front matter itself is kept whole and unchanged.
 * The aliases are listed on the constants below and in the README.
 */
public final class MetadataMapper {

    static final String[] TITLE = {"title"};
    static final String[] DATE = {"date", "pubDate", "publishDate", "published", "created", "created_at",
        "date_published"};
    static final String[] UPDATED = {"updated", "lastmod", "modified", "last_modified", "last_modified_at",
        "modified_time", "updated_at", "date_modified", "dateModified"};
    static final String[] AUTHORS = {"authors", "author"};
    static final String[] CATEGORIES = {"categories", "category"};
    static final String[] TAGS = {"tags", "tag"};
    static final String[] COVER = {"cover", "cover_image", "coverImage", "headimg", "header_image", "image",
        "banner", "banner_image", "featured_image", "featuredImage", "feature_image", "featured", "hero",
        "hero_image", "images", "og_image", "ogimage"};
    static final String[] THUMBNAIL = {"thumbnail", "thumb", "thumbnail_image", "teaser"};
    static final String[] SUMMARY = {"summary", "description", "excerpt"};
    static final String[] LANG = {"lang", "language", "locale"};
    static final String[] SLUG = {"slug"};
    static final String[] PERMALINK = {"permalink", "url", "blogger_orig_url"};
    /** Keys inside a map that name a person: WordPress exports write display_name, Hexo and Hugo name. */
    private static final String[] PERSON = {"name", "display_name", "displayName", "full_name", "fullname",
        "nickname", "login", "username"};
    /** Keys inside a map that hold an image URL: {@code cover: {image: …}}, {@code image: {src: …}}. */
    private static final String[] IMAGE = {"image", "src", "url", "path", "overlay_image", "file"};

    private MetadataMapper() {
    }

    public static Metadata map(FrontMatterContent content, String path, ZoneId zone, Diagnostics diagnostics) {
        Keys keys = new Keys(content.values());
        Keys params = keys.nested("params");
        Keys header = keys.nested("header");
        return Metadata.builder()
                .title(text(keys.first(TITLE)))
                .date(date(keys, DATE, content, zone, diagnostics, path))
                .updated(date(keys, UPDATED, content, zone, diagnostics, null))
                .authors(authors(orNested(keys, params, AUTHORS)))
                .categories(categories(keys.first(CATEGORIES)))
                .tags(tags(keys.first(TAGS)))
                .cover(image(firstOf(orNested(keys, params, COVER), header == null ? null
                        : header.first("image", "overlay_image"))))
                .thumbnail(image(firstOf(orNested(keys, params, THUMBNAIL), header == null ? null
                        : header.first("teaser"))))
                .summary(stripped(text(orNested(keys, params, SUMMARY))))
                .lang(stripped(text(keys.first(LANG))))
                .draft(draft(keys))
                .slug(stripped(text(keys.first(SLUG))))
                .permalink(stripped(text(keys.first(PERMALINK))))
                .frontMatter(content.values())
                .build();
    }

    /** The value at the top level, else under Hugo's {@code [params]} table. */
    private static Keys.Found orNested(Keys keys, Keys nested, String... names) {
        Keys.Found found = keys.first(names);
        return found != null || nested == null ? found : nested.first(names);
    }

    private static Keys.Found firstOf(Keys.Found a, Keys.Found b) {
        return a != null ? a : b;
    }

    /** Text without the line end a YAML block scalar ({@code description: >}) leaves; the map keeps it. */
    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    /** A scalar as text; numbers as written, lists and maps are not text. */
    static String text(Keys.Found found) {
        return found == null ? null : scalarText(found.value());
    }

    private static String scalarText(Object value) {
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

    private static OffsetDateTime date(Keys keys, String[] names, FrontMatterContent content, ZoneId zone,
            Diagnostics diagnostics, String pathForFileNameDate) {
        Keys.Found candidate = keys.first(names);
        // "published: false" is Jekyll's draft flag, not a date
        if (candidate != null && candidate.value() instanceof Boolean) {
            String flagKey = candidate.key();
            candidate = keys.first(Arrays.stream(names).filter(n -> !n.equals(flagKey)).toArray(String[]::new));
        }
        Keys.Found found = candidate;
        Optional<OffsetDateTime> fromName = pathForFileNameDate == null ? Optional.empty()
                : FileNameDate.of(pathForFileNameDate, zone);
        if (found == null) {
            return fromName.orElse(null);
        }
        Optional<OffsetDateTime> read = readDate(found.value(), zone);
        if (read.isPresent()) {
            return read.get();
        }
        Position at = content.positionOf(found.key());
        String written = found.value() instanceof String s ? s : String.valueOf(found.value());
        diagnostics.warning("date-unreadable", "cannot read the date '" + written + "' of key '" + found.key() + "'"
                + (fromName.isPresent() ? "; the date in the file name is used instead" : "; it is kept as text only"),
                at.line(), at.column());
        return fromName.orElse(null);
    }

    private static Optional<OffsetDateTime> readDate(Object value, ZoneId zone) {
        if (value instanceof String s) {
            return DateParser.parse(s, zone);
        }
        if (value instanceof Long || value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
            return Optional.of(DateParser.epoch(((Number) value).longValue()));
        }
        return Optional.empty();
    }

    /** Names from a string, a list, or maps with a name (WordPress: display_name; else first and last name). */
    private static List<String> authors(Keys.Found found) {
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

    private static String personName(Map<?, ?> person) {
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
    private static List<String> categories(Keys.Found found) {
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
    private static List<String> tags(Keys.Found found) {
        if (found == null) {
            return List.of();
        }
        if (found.value() instanceof List<?> list) {
            return flatten(list);
        }
        String text = scalarText(found.value());
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,，]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** Every scalar in a list of lists, depth first, in order; maps give their name. Without recursion. */
    private static List<String> flatten(List<?> list) {
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
    private static String image(Keys.Found found) {
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
            return text(inner.first(IMAGE));
        }
        String text = scalarText(value);
        return text == null || text.isBlank() || value instanceof Boolean ? null : text.strip();
    }

    /** {@code draft: true}; {@code published: false}; WordPress' {@code status: draft}. Null when unsaid. */
    private static Boolean draft(Keys keys) {
        Boolean draft = flag(keys.first("draft"));
        if (draft != null) {
            return draft;
        }
        Boolean published = flag(keys.first("published"));
        if (published != null) {
            return !published;
        }
        String status = text(keys.first("status"));
        if (status != null) {
            return switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "draft", "pending" -> true;
                case "publish", "published" -> false;
                default -> null;
            };
        }
        return null;
    }

    private static Boolean flag(Keys.Found found) {
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
