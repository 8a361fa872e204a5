package org.articlekit.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ExportException;
import org.articlekit.core.ParseException;
import org.articlekit.exporter.Exporter;
import org.articlekit.parser.ArticleParser;

/**
 * The work on one input, done on a worker thread: read, parse, and (unless only validating) export to bytes in
 * memory. It never throws: every failure, also a bug in a plug-in exporter, becomes a {@link Result} naming the file.
 */
public final class Conversion {

    private final ArticleParser parser;
    private final Exporter exporter;
    private final FileStore store;
    private final Supplier<InputStream> stdin;
    private final boolean nameFacts;

    /**
     * @param exporter  the exporter, or {@code null} to parse only (validate)
     * @param stdin     where {@code -} reads from
     * @param nameFacts whether results carry {@link NameFacts}: only a layout by metadata reads them, and making
     *                  them (Unicode normalisation of the title, formatted dates) costs every article
     */
    public Conversion(ArticleParser parser, Exporter exporter, FileStore store, Supplier<InputStream> stdin,
            boolean nameFacts) {
        this.parser = parser;
        this.exporter = exporter;
        this.store = store;
        this.stdin = stdin;
        this.nameFacts = nameFacts;
    }

    /** The output of one input, or why there is none; {@code facts} is {@code null} unless asked for. */
    public record Result(List<Diagnostic> diagnostics, byte[] bytes, NameFacts facts, Failure failure,
            Throwable cause) {

        boolean failed() {
            return failure != null;
        }
    }

    /** Converts one input. */
    public Result run(InputFile input) {
        String file = input.display();
        byte[] bytes;
        try {
            bytes = input.isStdin() ? stdin.get().readAllBytes() : store.read(input.path());
        } catch (IOException e) {
            return failure(Failure.of(file, "read-failed", "cannot read: " + Reasons.io(e)), e, List.of());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failure(Failure.of(file, "read-failed", "cannot read: " + Reasons.unexpected(e)), e, List.of());
        }
        Article article;
        try {
            article = parser.parse(bytes, input.isStdin() ? "-" : input.relative());
        } catch (ParseException e) {
            Diagnostic headline = e.diagnostics().stream()
                    .filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst()
                    .orElse(Diagnostic.error("parse-failed", "cannot be read as an article", 0, 0));
            return failure(Failure.of(file, headline), e, e.diagnostics());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(Failure.of(file, "parser-crashed", "the parser failed: " + Reasons.unexpected(e)), e,
                    List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(article.diagnostics());
        if (bytes.length == 0) {
            diagnostics.add(Diagnostic.warning("empty-input", "the file is empty", 0, 0));
        }
        NameFacts facts = nameFacts ? NameFacts.of(article, input) : null;
        if (exporter == null) {
            return new Result(diagnostics, null, facts, null, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, bytes.length));
        try {
            exporter.write(article, out);
        } catch (ExportException e) {
            return failure(Failure.of(file, "export-failed", "cannot write it as " + exporter.name() + ": "
                    + Failure.oneLine(e.getMessage())), e, diagnostics);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(Failure.of(file, "exporter-crashed", "the " + exporter.name() + " exporter failed: "
                    + Reasons.unexpected(e)), e, diagnostics);
        }
        return new Result(diagnostics, out.toByteArray(), facts, null, null);
    }

    private static Result failure(Failure failure, Throwable cause, List<Diagnostic> diagnostics) {
        return new Result(diagnostics, null, null, failure, cause);
    }
}
