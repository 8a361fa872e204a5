package org.articlekit.parser.internal.metadata;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
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
    private MetadataMapper() {
    }

    public static Metadata map(FrontMatterContent content, String path, ZoneId zone, Diagnostics diagnostics) {
        Keys keys = new Keys(content.values());
        Keys params = keys.nested("params");
        Keys header = keys.nested("header");
        return Metadata.builder()
                .title(MetadataValues.text(keys.first(TITLE)))
                .date(date(keys, DATE, content, zone, diagnostics, path))
                .updated(date(keys, UPDATED, content, zone, diagnostics, null))
                .authors(MetadataValues.authors(orNested(keys, params, AUTHORS)))
                .categories(MetadataValues.categories(keys.first(CATEGORIES)))
                .tags(MetadataValues.tags(keys.first(TAGS)))
                .cover(MetadataValues.image(firstOf(orNested(keys, params, COVER), header == null ? null
                        : header.first("image", "overlay_image"))))
                .thumbnail(MetadataValues.image(firstOf(orNested(keys, params, THUMBNAIL), header == null ? null
                        : header.first("teaser"))))
                .summary(stripped(MetadataValues.text(orNested(keys, params, SUMMARY))))
                .lang(stripped(MetadataValues.text(keys.first(LANG))))
                .draft(draft(keys))
                .slug(stripped(MetadataValues.text(keys.first(SLUG))))
                .permalink(stripped(MetadataValues.text(keys.first(PERMALINK))))
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

    /** {@code draft: true}; {@code published: false}; WordPress' {@code status: draft}. Null when unsaid. */
    private static Boolean draft(Keys keys) {
        Boolean draft = MetadataValues.flag(keys.first("draft"));
        if (draft != null) {
            return draft;
        }
        Boolean published = MetadataValues.flag(keys.first("published"));
        if (published != null) {
            return !published;
        }
        String status = MetadataValues.text(keys.first("status"));
        if (status != null) {
            return switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "draft", "pending" -> true;
                case "publish", "published" -> false;
                default -> null;
            };
        }
        return null;
    }
}
