package org.articlekit.core;

import java.util.List;

/**
 * An input that cannot be read as an article at all (too large, strict mode and broken front matter …).
 * It carries the diagnostics that explain why; the first error is the headline.
 */
public class ParseException extends ArticleException {

    private final String path;
    private final List<Diagnostic> diagnostics;

    public ParseException(String path, List<Diagnostic> diagnostics) {
        super(headline(path, diagnostics));
        this.path = path;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The path of the input, as given to the parser. */
    public String path() {
        return path;
    }

    /** Every diagnostic found, errors and warnings, in order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String headline(String path, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .findFirst()
                .or(() -> diagnostics.stream().findFirst())
                .map(d -> d.format(path))
                .orElse(path + ": cannot be read");
    }
}
