package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonGenerator;
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

    static void write(JsonGenerator g, Article article) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("source");
        string(g, "path", article.source().path());
        string(g, "frontMatterFormat", article.source().frontMatterFormat().id());
        g.writeEndObject();
        writeMetadata(g, article.metadata());
        g.writeFieldName("frontMatter");
        FrontMatterWriter.write(g, article.metadata().frontMatter().values());
        g.writeFieldName("content");
        MdastWriter.write(g, article.content());
        string(g, "excerpt", article.excerpt());
        writeStats(g, article.stats());
        writeDiagnostics(g, article.diagnostics());
        g.writeEndObject();
    }

    private static void writeMetadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeObjectFieldStart("metadata");
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
        g.writeFieldName("draft");
        if (m.draft() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(m.draft());
        }
        string(g, "slug", m.slug());
        string(g, "permalink", m.permalink());
        g.writeEndObject();
    }

    private static void writeStats(JsonGenerator g, Stats stats) throws IOException {
        g.writeObjectFieldStart("stats");
        g.writeNumberField("characters", stats.characters());
        g.writeNumberField("words", stats.words());
        g.writeNumberField("images", stats.images());
        g.writeNumberField("links", stats.links());
        g.writeEndObject();
    }

    private static void writeDiagnostics(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : diagnostics) {
            g.writeStartObject();
            string(g, "severity", d.severity().id());
            string(g, "code", d.code());
            string(g, "message", d.message());
            g.writeNumberField("line", d.line());
            g.writeNumberField("column", d.column());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String name, OffsetDateTime date) throws IOException {
        string(g, name, date == null ? null : IsoDates.format(date));
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            JsonText.writeString(g, value);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        JsonText.writeString(g, value);
    }
}
