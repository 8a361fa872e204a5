package org.articlekit.exporter.markdown.internal;

import org.articlekit.core.Article;

/**
 * Writes an article as CommonMark with GFM tables, strikethrough and task lists: a YAML front-matter block,
 * the body's blocks with a blank line between two, and link reference definitions when links are referenced.
 * One call, one article: the writer keeps no state between calls.
 *
 * <pre>{@code
 * String markdown = MarkdownWriter.write(article, MarkdownSettings.DEFAULTS);
 * }</pre>
 */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /**
     * The Markdown of {@code article}, ending with exactly one line feed.
     *
     * @throws org.articlekit.core.ExportException when the document is nested deeper than the writer goes
     */
    public static String write(Article article, MarkdownSettings settings) {
        StringBuilder text = new StringBuilder();
        String frontMatter = FrontMatterWriter.write(article.metadata(), settings.frontMatter());
        text.append(frontMatter);
        StringBuilder body = new StringBuilder();
        LineOutput out = new LineOutput(body);
        LinkReferences references = new LinkReferences();
        DepthGuard guard = new DepthGuard();
        new BlockWriter(settings, out, references, guard, frontMatter.isEmpty())
                .writeBlocks(article.content().children());
        if (!references.isEmpty()) {
            out.blankLine();
            references.writeDefinitions(out);
        }
        if (!frontMatter.isEmpty() && body.length() > 0) {
            text.append('\n');
        }
        text.append(body);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        text.setLength(end);
        return text.append('\n').toString();
    }
}
