package org.articlekit.parser.internal.metadata;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.Metadata;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.frontmatter.FrontMatterBlock;

/** Maps the front-matter map to typed {@link Metadata}, key aliases included. */
public final class MetadataMapper {

    private MetadataMapper() {
    }

    public static Metadata map(FrontMatter fm, FrontMatterBlock block, String path, ZoneId zone,
            Diagnostics diagnostics) {
        return Metadata.builder()
                .title(string(fm, "title"))
                .date(date(fm, zone, diagnostics, block, "date"))
                .updated(date(fm, zone, diagnostics, block, "updated", "lastmod", "modified"))
                .authors(strings(fm, "authors", "author"))
                .categories(strings(fm, "categories", "category"))
                .tags(strings(fm, "tags", "tag"))
                .cover(string(fm, "cover", "headimg", "image", "banner", "featured_image"))
                .thumbnail(string(fm, "thumbnail"))
                .summary(string(fm, "summary", "description", "excerpt"))
                .lang(string(fm, "lang", "language"))
                .slug(string(fm, "slug"))
                .permalink(string(fm, "permalink"))
                .frontMatter(fm)
                .build();
    }

    private static Object first(FrontMatter fm, String... keys) {
        for (String key : keys) {
            Object value = fm.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String string(FrontMatter fm, String... keys) {
        Object value = first(fm, keys);
        return value == null || value instanceof Map || value instanceof List ? null : String.valueOf(value);
    }

    private static List<String> strings(FrontMatter fm, String... keys) {
        Object value = first(fm, keys);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private static OffsetDateTime date(FrontMatter fm, ZoneId zone, Diagnostics diagnostics,
            FrontMatterBlock block, String... keys) {
        String text = string(fm, keys);
        if (text == null) {
            return null;
        }
        return DateParser.parse(text, zone).orElseGet(() -> {
            diagnostics.warning("date-unreadable", "cannot read the date '" + text + "'", block.firstLine(), 1);
            return null;
        });
    }
}
