package org.articlekit.exporter.json;

import java.io.InputStream;

/**
 * The JSON Schema (draft 2020-12) of what {@link JsonExporter} writes, shipped inside the exporter jar. The same
 * file is published in the repository as {@code docs/schema/article.schema.json}.
 *
 * <pre>{@code
 * try (InputStream schema = ArticleJsonSchema.open()) { ... }
 * }</pre>
 */
public final class ArticleJsonSchema {

    /** The version written as {@code schemaVersion}; it grows only when a change could break a reader. */
    public static final int VERSION = ArticleJsonWriter.SCHEMA_VERSION;

    /** The schema's class-path resource name. */
    public static final String RESOURCE = "/org/articlekit/exporter/json/article.schema.json";

    /** The schema's {@code $id}: an identifier, not a download location. */
    public static final String ID = "https://articlekit.org/schema/article.schema.json";

    private ArticleJsonSchema() {
    }

    /** Opens the schema resource; the caller closes it. */
    public static InputStream open() {
        InputStream in = ArticleJsonSchema.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the exporter jar lacks " + RESOURCE);
        }
        return in;
    }
}
