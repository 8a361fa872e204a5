package org.articlekit.exporter.json;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.core.Stats;

/** Writes one article as the object of the JSON contract, keys in the documented order. */
final class ArticleJsonWriter {

    /** The version of the JSON contract this writer produces. */
    static final int SCHEMA_VERSION = 1;

    private ArticleJsonWriter() {
    }

    static void write(JsonOutput g, Article article) throws IOException {
        g.startObject();
        number(g, "schemaVersion", SCHEMA_VERSION);
        startObject(g, "source");
        string(g, "path", article.source().path());
        string(g, "frontMatterFormat", article.source().frontMatterFormat().id());
        g.endObject();
        writeMetadata(g, article.metadata());
        g.name("frontMatter");
        FrontMatterWriter.write(g, article.metadata().frontMatter().values());
        g.name("content");
        MdastWriter.write(g, article.content());
        string(g, "excerpt", article.excerpt());
        writeStats(g, article.stats());
        writeDiagnostics(g, article.diagnostics());
        g.endObject();
    }

    private static void writeMetadata(JsonOutput g, Metadata m) throws IOException {
        startObject(g, "metadata");
        string(g, "title", m.title());
        date(g, "date", m.date());
        date(g, "updated", m.updated());
        strings(g, "authors", m.authors());
        strings(g, "categories", m.categories());
        strings(g, "tags", m.tags());
        string(g, "cover", m.cover());
        string(g, "thumbnail", m.thumbnail());
        string(g, "summary", m.summary());
        string(g, "lang", m.lang());
        g.name("draft");
        if (m.draft() == null) {
            g.nullValue();
        } else {
            g.bool(m.draft());
        }
        string(g, "slug", m.slug());
        string(g, "permalink", m.permalink());
        g.endObject();
    }

    private static void writeStats(JsonOutput g, Stats stats) throws IOException {
        startObject(g, "stats");
        number(g, "characters", stats.characters());
        number(g, "words", stats.words());
        number(g, "images", stats.images());
        number(g, "links", stats.links());
        g.endObject();
    }

    private static void writeDiagnostics(JsonOutput g, List<Diagnostic> diagnostics) throws IOException {
        startArray(g, "diagnostics");
        for (Diagnostic d : diagnostics) {
            g.startObject();
            string(g, "severity", d.severity().id());
            string(g, "code", d.code());
            string(g, "message", d.message());
            number(g, "line", d.line());
            number(g, "column", d.column());
            g.endObject();
        }
        g.endArray();
    }

    private static void date(JsonOutput g, String name, OffsetDateTime date) throws IOException {
        string(g, name, date == null ? null : IsoDates.format(date));
    }

    private static void strings(JsonOutput g, String name, List<String> values) throws IOException {
        startArray(g, name);
        for (String value : values) {
            g.string(value);
        }
        g.endArray();
    }

    private static void string(JsonOutput g, String name, String value) throws IOException {
        g.name(name);
        g.string(value);
    }

    private static void startObject(JsonOutput g, String name) throws IOException {
        g.name(name);
        g.startObject();
    }

    private static void startArray(JsonOutput g, String name) throws IOException {
        g.name(name);
        g.startArray();
    }

    private static void number(JsonOutput g, String name, long value) throws IOException {
        g.name(name);
        g.number(value);
    }
}
