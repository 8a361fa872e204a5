package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.core.Stats;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.Exporter;

/** Writes the JSON contract of DESIGN.md. (Walking skeleton: paragraphs, text and images.) */
public final class JsonExporter implements Exporter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private final boolean pretty;

    public JsonExporter(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String name() {
        return pretty ? "json" : "jsonl";
    }

    @Override
    public String extension() {
        return pretty ? "json" : "jsonl";
    }

    @Override
    public String mediaType() {
        return pretty ? "application/json" : "application/jsonl";
    }

    @Override
    public boolean concatenable() {
        return !pretty;
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeObjectFieldStart("source");
            g.writeStringField("path", article.source().path());
            g.writeStringField("frontMatterFormat", article.source().frontMatterFormat().id());
            g.writeEndObject();
            writeMetadata(g, article.metadata());
            g.writeFieldName("frontMatter");
            writeValue(g, article.metadata().frontMatter().values());
            g.writeFieldName("content");
            writeNode(g, article.content());
            Stats stats = article.stats();
            g.writeObjectFieldStart("stats");
            g.writeNumberField("characters", stats.characters());
            g.writeNumberField("words", stats.words());
            g.writeNumberField("images", stats.images());
            g.writeNumberField("links", stats.links());
            g.writeEndObject();
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : article.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("severity", d.severity().id());
                g.writeStringField("code", d.code());
                g.writeStringField("message", d.message());
                g.writeNumberField("line", d.line());
                g.writeNumberField("column", d.column());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (!pretty) {
            out.write('\n');
        }
    }

    private static void writeMetadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("title", m.title());
        writeDate(g, "date", m.date());
        writeDate(g, "updated", m.updated());
        writeStrings(g, "authors", m.authors());
        writeStrings(g, "categories", m.categories());
        writeStrings(g, "tags", m.tags());
        g.writeStringField("cover", m.cover());
        g.writeStringField("thumbnail", m.thumbnail());
        g.writeStringField("summary", m.summary());
        g.writeStringField("lang", m.lang());
        g.writeFieldName("draft");
        writeValue(g, m.draft());
        g.writeStringField("slug", m.slug());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, String name, OffsetDateTime date) throws IOException {
        g.writeStringField(name, date == null ? null : IsoDates.format(date));
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeObject(value);
        }
    }

    private static void writeNode(JsonGenerator g, Node node) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", node.type());
        if (node instanceof Text text) {
            g.writeStringField("value", text.value());
        } else if (node instanceof Image image) {
            g.writeStringField("url", image.url());
            g.writeStringField("alt", image.alt());
        }
        if (!(node instanceof Inline) || node instanceof Paragraph || !node.children().isEmpty()
                || node instanceof Block) {
            g.writeArrayFieldStart("children");
            for (Node child : node.children()) {
                writeNode(g, child);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
