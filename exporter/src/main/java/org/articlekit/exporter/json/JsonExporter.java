package org.articlekit.exporter.json;

import java.io.IOException;
import java.io.OutputStream;
import org.articlekit.core.Article;
import org.articlekit.exporter.Exporter;

/**
 * Writes the JSON contract: one object per article with {@code schemaVersion}, {@code source}, {@code metadata},
 * {@code frontMatter}, {@code content} (an mdast root), {@code excerpt}, {@code stats} and {@code diagnostics},
 * keys always in this order. The schema is {@link ArticleJsonSchema}; {@link JsonArticleReader} reads it back.
 *
 * <p>Pretty ({@code json}): two-space indentation laid out like {@code JSON.stringify(value, null, 2)}, a final
 * newline. Compact ({@code jsonl}): the whole object on one line, then {@code \n}, so that outputs concatenate
 * into JSON Lines. Both are UTF-8 with non-ASCII characters written as they are. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonExporter.pretty().render(article);
 * }</pre>
 */
public final class JsonExporter implements Exporter {

    private static final JsonExporter PRETTY = new JsonExporter(true);
    private static final JsonExporter LINES = new JsonExporter(false);

    private final boolean pretty;

    /**
     * An exporter writing pretty JSON ({@code true}) or one JSON Lines line ({@code false}).
     *
     * @see #pretty()
     * @see #lines()
     */
    public JsonExporter(boolean pretty) {
        this.pretty = pretty;
    }

    /** The {@code json} exporter: one indented object per article. */
    public static JsonExporter pretty() {
        return PRETTY;
    }

    /** The {@code jsonl} exporter: one compact object per line. */
    public static JsonExporter lines() {
        return LINES;
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
        JsonOutput json = new JsonOutput(out, pretty);
        ArticleJsonWriter.write(json, article);
        json.finish();
        out.write('\n');
    }
}
