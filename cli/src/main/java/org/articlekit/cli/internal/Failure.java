package org.articlekit.cli.internal;

import org.articlekit.core.Diagnostic;

/**
 * Why one input was not converted.
 *
 * @param file    the input as the user named or reached it
 * @param code    a stable name for the kind of failure ({@code read-failed}, a parser diagnostic code …)
 * @param message one sentence for a person
 * @param line    1-based line in the input, or 0 when not known
 * @param column  1-based column, or 0 when not known
 */
public record Failure(String file, String code, String message, int line, int column) {

    /** A failure at no particular place in the file. */
    public static Failure of(String file, String code, String message) {
        return new Failure(file, code, message, 0, 0);
    }

    /** A failure described by one of the parser's diagnostics. */
    public static Failure of(String file, Diagnostic diagnostic) {
        return new Failure(file, diagnostic.code(), diagnostic.message(), diagnostic.line(), diagnostic.column());
    }

    /** {@code file:line:column: error: message [code]}, one line. */
    public String format() {
        return new Diagnostic(Diagnostic.Severity.ERROR, code, oneLine(message), line, column).format(file);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
