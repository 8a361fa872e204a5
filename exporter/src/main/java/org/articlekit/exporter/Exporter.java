package org.articlekit.exporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.articlekit.core.Article;

/**
 * Writes one {@link Article} in one format. Implementations are immutable and thread-safe: one instance
 * serves every article of a run, from any number of threads.
 */
public interface Exporter {

    /** The format's name, as given to {@code --to} ({@code markdown}). */
    String name();

    /** The file extension of its outputs, without the dot ({@code md}). */
    String extension();

    /** The media type of its outputs ({@code text/markdown; charset=UTF-8}). */
    String mediaType();

    /**
     * Writes the article to {@code out}. The stream is neither flushed by contract nor closed: the caller owns it.
     *
     * @throws IOException when the stream fails
     * @throws org.articlekit.core.ExportException when the article cannot be written in this format
     */
    void write(Article article, OutputStream out) throws IOException;

    /**
     * Whether the outputs of many articles, written one after another, form one valid output — true for JSON
     * Lines. The command line then writes a whole run into one file.
     */
    default boolean concatenable() {
        return false;
    }

    /** The article written to a UTF-8 string: a convenience for tests and small programs. */
    default String render(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(article, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
