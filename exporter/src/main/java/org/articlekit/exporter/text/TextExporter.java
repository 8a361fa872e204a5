package org.articlekit.exporter.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.internal.Utf8Writer;
import org.articlekit.exporter.internal.text.TextRenderer;

/**
 * Writes an article as plain text a person reads in a terminal: structure kept (blank lines between paragraphs,
 * underlined headings, indented lists and quotes), lines wrapped by display width — a CJK character takes two
 * columns — with Unicode line breaking and Japanese/Chinese kinsoku rules, link URLs numbered at the end.
 *
 * <pre>{@code
 * Exporter text = new TextExporter(ExportOptions.builder().put("width", "72").put("links", "inline").build());
 * String plain = text.render(article);
 * }</pre>
 *
 * <p>Options: {@code width} (columns, default 80, 0 for no wrapping), {@code links} ({@code end}, {@code inline},
 * {@code none}), {@code images} ({@code placeholder}, {@code none}), {@code header} ({@code true}, {@code false}).
 * Immutable and thread-safe.
 */
public final class TextExporter implements Exporter {

    private final TextRenderer renderer;

    /** A text exporter with every default: 80 columns, links listed at the end, placeholders, a header. */
    public TextExporter() {
        this(ExportOptions.DEFAULTS);
    }

    /**
     * A text exporter configured by {@code options}.
     *
     * @throws ExportException when an option has a value this format does not accept
     */
    public TextExporter(ExportOptions options) {
        this.renderer = new TextRenderer(TextOptions.settings(options));
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        Writer writer = new Utf8Writer(out);
        renderer.render(article, writer);
        writer.flush();
    }
}
