package org.articlekit.core;

import java.util.List;
import java.util.Objects;
import org.articlekit.core.document.Document;

/**
 * One article: what its front matter says, its body as a document tree, where it came from and what
 * went wrong while reading it.
 *
 * <pre>{@code
 * Article article = new Article(Source.of("posts/hello.md"), Metadata.builder().title("Hello").build(),
 *     new Document(List.of(new Paragraph(List.of(new Text("Hi."))))), "Hi.", List.of());
 * }</pre>
 *
 * @param source      where the article was read from
 * @param metadata    typed metadata plus the whole front matter
 * @param content     the body as a document tree
 * @param excerpt     the article's excerpt as plain text: what precedes a {@code <!-- more -->} marker, else the
 *                    first paragraph; empty when the body has no text
 * @param diagnostics warnings (and, in lenient mode, recovered errors) in the order they were found
 */
public record Article(Source source, Metadata metadata, Document content, String excerpt,
        List<Diagnostic> diagnostics) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(excerpt, "excerpt");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Counts derived from the content: characters, words, images and links. */
    public Stats stats() {
        return Stats.of(content);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
