/**
 * The Markdown writer's machinery, independent of the exporter SPI: {@link
 * org.articlekit.exporter.markdown.internal.MarkdownWriter} drives a block writer (containers as line prefixes),
 * an inline writer (context escaping, emphasis delimiters chosen by CommonMark's flanking rules, HTML where no
 * delimiter works), a table writer (pipe tables, HTML for spanning cells), a line wrapper and a YAML front-matter
 * writer. Not API: use {@link org.articlekit.exporter.markdown.MarkdownExporter}.
 */
package org.articlekit.exporter.markdown.internal;
