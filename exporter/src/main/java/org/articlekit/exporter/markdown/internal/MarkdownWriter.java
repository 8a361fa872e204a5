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

    /** Room for a short article's Markdown beyond its front matter: a long one grows the buffer as it goes. */
    private static final int INITIAL_CAPACITY = 1 << 10;

    private MarkdownWriter() {
    }

    /**
     * The Markdown of {@code article}, ending with exactly one line feed.
     *
     * @throws org.articlekit.core.ExportException when the document is nested deeper than the writer goes
     */
    public static String write(Article article, MarkdownSettings settings) {
        return build(article, settings, null).toString();
    }

    /** Receives the Markdown in parts as it is written: ranges of whole lines, in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(CharSequence text, int start, int end);
    }

    /**
     * Writes the Markdown of {@code article}, as {@link #write} gives it, to {@code sink} a few thousand characters
     * at a time: a long article is never held whole.
     *
     * @throws org.articlekit.core.ExportException when the document is nested deeper than the writer goes
     */
    public static void write(Article article, MarkdownSettings settings, Sink sink) {
        StringBuilder rest = build(article, settings, sink);
        sink.accept(rest, 0, rest.length());
    }

    /** Writes the article into a builder; with a sink, the builder gives it what is finished now and then. */
    private static StringBuilder build(Article article, MarkdownSettings settings, Sink sink) {
        String frontMatter = FrontMatterWriter.write(article.metadata(), settings.frontMatter());
        StringBuilder text = new StringBuilder(frontMatter.length() + INITIAL_CAPACITY).append(frontMatter);
        if (!frontMatter.isEmpty()) {
            text.append('\n');      // the blank line after the front matter, taken back below if no body follows
        }
        // the body is written in place, behind the front matter: no copy of it is made
        LineOutput out = new LineOutput(text, sink);
        LinkReferences references = new LinkReferences();
        DepthGuard guard = new DepthGuard();
        new BlockWriter(settings, out, references, guard, frontMatter.isEmpty())
                .writeBlocks(article.content().children());
        if (!references.isEmpty()) {
            out.blankLine();
            references.writeDefinitions(out);
        }
        // what the sink was given ends before any line feeds at the end: they are all here, to be trimmed
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        text.setLength(end);
        return text.append('\n');
    }
}
