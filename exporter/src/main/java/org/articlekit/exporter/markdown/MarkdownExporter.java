package org.articlekit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.internal.Utf8Writer;
import org.articlekit.exporter.markdown.internal.MarkdownSettings;
import org.articlekit.exporter.markdown.internal.MarkdownWriter;

/**
 * Writes an article as CommonMark 0.31 with GitHub Flavored Markdown tables, strikethrough and task lists, led by
 * a YAML front-matter block. Read back by a CommonMark/GFM reader, the output gives the article's document tree:
 * the same text, structure, links and images. Immutable and thread-safe.
 *
 * <pre>{@code
 * Exporter markdown = new MarkdownExporter(ExportOptions.builder().put("bullet", "*").put("width", "80").build());
 * String text = markdown.render(article);
 * }</pre>
 *
 * @see <a href="https://spec.commonmark.org/0.31.2/">CommonMark 0.31.2</a>
 * @see <a href="https://github.github.com/gfm/">GitHub Flavored Markdown</a>
 */
public final class MarkdownExporter implements Exporter {

    /** The options read, each as {@code key: meaning}, for {@code articlekit formats}. */
    static final List<String> OPTION_HELP = List.of(
            "heading-style: atx (default) or setext",
            "bullet: -, * or +: the bullet list marker (default -)",
            "em-delimiter: * or _ (default *)",
            "strong-delimiter: ** or __ (default **)",
            "fence: ``` or ~~~ (default ```)",
            "link-style: inlined (default) or referenced",
            "width: wrap paragraphs at this column, never inside CJK text, link text or URLs (default 0: no wrapping)",
            "front-matter: as-written (default), normalized (dates in ISO 8601) or none",
            "embed: link (default: a [video: title](url) line) or html");

    private final MarkdownSettings settings;

    /** An exporter with the default settings. */
    public MarkdownExporter() {
        this(ExportOptions.DEFAULTS);
    }

    /**
     * An exporter configured by {@code options}; see {@link #OPTION_HELP} for the keys.
     *
     * @throws ExportException naming the option when a value is not one the exporter accepts
     */
    public MarkdownExporter(ExportOptions options) {
        this.settings = settings(options);
    }

    private static MarkdownSettings settings(ExportOptions options) {
        MarkdownSettings d = MarkdownSettings.DEFAULTS;
        return new MarkdownSettings(
                options.choice("heading-style", MarkdownSettings.HeadingStyle.class, d.headingStyle()),
                symbol(options, "bullet", "-", List.of("-", "*", "+")),
                symbol(options, "em-delimiter", "*", List.of("*", "_")),
                symbol(options, "strong-delimiter", "**", List.of("**", "__")),
                fence(options),
                options.choice("link-style", MarkdownSettings.LinkStyle.class, d.linkStyle()),
                options.integer("width", 0, 0),
                options.choice("front-matter", MarkdownSettings.FrontMatterMode.class, d.frontMatter()),
                options.choice("embed", MarkdownSettings.EmbedStyle.class, d.embedStyle()));
    }

    private static char symbol(ExportOptions options, String key, String fallback, List<String> allowed) {
        String value = options.string(key, fallback).trim();
        if (!allowed.contains(value)) {
            throw new ExportException("option " + key + "=" + value + " is not valid: expected "
                    + String.join(", ", allowed));
        }
        return value.charAt(0);
    }

    private static char fence(ExportOptions options) {
        String value = options.string("fence", "```").trim();
        return switch (value) {
            case "```", "`", "backtick", "backticks" -> '`';
            case "~~~", "~", "tilde", "tildes" -> '~';
            default -> throw new ExportException("option fence=" + value + " is not valid: expected ``` or ~~~");
        };
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        Utf8Writer.Ranges utf8 = Utf8Writer.ranges(out);
        try {
            MarkdownWriter.write(article, settings, (text, start, end) -> {
                try {
                    utf8.write(text, start, end);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
