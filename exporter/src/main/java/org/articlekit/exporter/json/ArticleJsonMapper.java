package org.articlekit.exporter.json;

import static org.articlekit.exporter.json.JsonShape.array;
import static org.articlekit.exporter.json.JsonShape.integer;
import static org.articlekit.exporter.json.JsonShape.mismatch;
import static org.articlekit.exporter.json.JsonShape.object;
import static org.articlekit.exporter.json.JsonShape.requiredString;
import static org.articlekit.exporter.json.JsonShape.string;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Document;
import org.articlekit.exporter.json.JsonTree.JsonArray;
import org.articlekit.exporter.json.JsonTree.JsonObject;

/** Maps one article object of the JSON contract (as {@link JsonTree} values) to an {@link Article}. */
final class ArticleJsonMapper {

    private ArticleJsonMapper() {
    }

    static Article article(JsonObject o) {
        Integer version = integer(o, "schemaVersion");
        if (version != null && (version < 1 || version > ArticleJsonWriter.SCHEMA_VERSION)) {
            throw mismatch(o, "schemaVersion " + version + " is not one this reader knows (1 to "
                    + ArticleJsonWriter.SCHEMA_VERSION + ")");
        }
        JsonObject source = object(o, "source");
        if (source == null) {
            throw mismatch(o, "an article needs a \"source\" object");
        }
        JsonObject content = object(o, "content");
        String excerpt = string(o, "excerpt");
        return new Article(source(source), metadata(object(o, "metadata"), object(o, "frontMatter")),
                content == null ? Document.EMPTY : MdastReader.read(content), excerpt == null ? "" : excerpt,
                diagnostics(array(o, "diagnostics"), o));
    }

    private static Source source(JsonObject o) {
        String format = string(o, "frontMatterFormat");
        try {
            return new Source(requiredString(o, "path"),
                    format == null ? FrontMatterFormat.NONE : FrontMatterFormat.fromId(format));
        } catch (IllegalArgumentException e) {
            throw mismatch(o, "frontMatterFormat is yaml, toml, json or none, not " + format);
        }
    }

    private static Metadata metadata(JsonObject m, JsonObject frontMatter) {
        Metadata.Builder b = Metadata.builder();
        if (frontMatter != null) {
            b.frontMatter(new FrontMatter(frontMatter));
        }
        if (m == null) {
            return b.build();
        }
        return b.title(string(m, "title"))
                .date(date(m, "date"))
                .updated(date(m, "updated"))
                .authors(strings(m, "authors"))
                .categories(strings(m, "categories"))
                .tags(strings(m, "tags"))
                .cover(string(m, "cover"))
                .thumbnail(string(m, "thumbnail"))
                .summary(string(m, "summary"))
                .lang(string(m, "lang"))
                .draft(JsonShape.bool(m, "draft"))
                .slug(string(m, "slug"))
                .permalink(string(m, "permalink"))
                .build();
    }

    private static OffsetDateTime date(JsonObject o, String key) {
        String text = string(o, key);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw mismatch(o, "\"" + key + "\" must be an ISO-8601 date with an offset: " + text);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonArray values = array(o, key);
        if (values == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String s)) {
                throw mismatch(o, "\"" + key + "\" must hold strings only");
            }
            strings.add(s);
        }
        return strings;
    }

    private static List<Diagnostic> diagnostics(JsonArray values, JsonObject article) {
        if (values == null) {
            return List.of();
        }
        List<Diagnostic> diagnostics = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof JsonObject d)) {
                throw mismatch(article, "every diagnostic must be an object");
            }
            String severity = requiredString(d, "severity");
            if (!severity.equals("warning") && !severity.equals("error")) {
                throw mismatch(d, "a diagnostic's severity is warning or error, not " + severity);
            }
            int line = integer(d, "line", 0);
            int column = integer(d, "column", 0);
            if (line < 0 || column < 0) {
                throw mismatch(d, "a diagnostic's line and column are 0 (unknown) or positive");
            }
            diagnostics.add(new Diagnostic(Diagnostic.Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
                    requiredString(d, "code"), requiredString(d, "message"), line, column));
        }
        return diagnostics;
    }
}
