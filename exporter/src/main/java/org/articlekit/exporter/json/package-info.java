/**
 * The JSON contract: {@link org.articlekit.exporter.json.JsonExporter} writes it ({@code --to json} pretty,
 * {@code --to jsonl} one line per article), {@link org.articlekit.exporter.json.JsonArticleReader} reads it back
 * into equal {@link org.articlekit.core.Article}s, and {@link org.articlekit.exporter.json.ArticleJsonSchema} is
 * its JSON Schema. {@code content} is <a href="https://github.com/syntax-tree/mdast">mdast</a>; the extensions
 * are listed in the schema. No Jackson type appears in this package's public API.
 */
package org.articlekit.exporter.json;
