package org.articlekit.exporter.markdown.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;

/** The YAML front-matter block that opens the Markdown, from the article's front matter and metadata. */
final class FrontMatterWriter {

    /** The keys whose values are the article's publication date, then its update date, as the parser reads them. */
    private static final List<String> DATE_KEYS = List.of("date");
    private static final List<String> UPDATED_KEYS = List.of("updated", "lastmod", "modified");

    private FrontMatterWriter() {
    }

    /** The block, {@code ---} lines included, or the empty string when there is nothing to write. */
    static String write(Metadata metadata, MarkdownSettings.FrontMatterMode mode) {
        Map<String, Object> values = switch (mode) {
            case NONE -> Map.of();
            case AS_WRITTEN -> metadata.frontMatter().values();
            case NORMALIZED -> normalized(metadata);
        };
        if (values.isEmpty()) {
            return "";
        }
        return "---\n" + YamlWriter.write(values) + "---\n";
    }

    /**
     * The front matter with its dates as ISO 8601 (from the typed metadata, which read them in the configured
     * zone); a title or date the metadata knows but the front matter lacks (a Jekyll date taken from the file
     * name, an article built in code) comes first.
     */
    private static Map<String, Object> normalized(Metadata metadata) {
        Map<String, Object> source = metadata.frontMatter().values();
        Map<String, Object> out = new LinkedHashMap<>();
        if (metadata.title() != null && !source.containsKey("title")) {
            out.put("title", metadata.title());
        }
        String dateKey = firstPresent(source, DATE_KEYS);
        if (metadata.date() != null && dateKey == null) {
            out.put("date", IsoDates.format(metadata.date()));
        }
        String updatedKey = firstPresent(source, UPDATED_KEYS);
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            String key = entry.getKey();
            out.put(key, key.equals(dateKey) ? iso(metadata.date(), entry.getValue())
                    : key.equals(updatedKey) ? iso(metadata.updated(), entry.getValue()) : entry.getValue());
        }
        return out;
    }

    private static Object iso(OffsetDateTime date, Object asWritten) {
        return date == null ? asWritten : IsoDates.format(date);
    }

    private static String firstPresent(Map<String, Object> values, List<String> keys) {
        for (String key : keys) {
            if (values.get(key) != null) {
                return key;
            }
        }
        return null;
    }
}
