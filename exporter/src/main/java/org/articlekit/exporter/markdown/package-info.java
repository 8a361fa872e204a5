/**
 * The built-in Markdown exporter ({@code --to markdown}, alias {@code md}): CommonMark 0.31 with GFM tables,
 * strikethrough and task lists, led by YAML front matter. See {@link org.articlekit.exporter.markdown.MarkdownExporter}.
 */
package org.articlekit.exporter.markdown;
