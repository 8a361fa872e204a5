package org.articlekit.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Something worth telling about an input: a recovered fault (warning) or one that made it unusable (error).
 *
 * @param severity how bad it is
 * @param code     a stable, machine-readable name such as {@code yaml-syntax} or {@code date-unreadable}
 * @param message  one sentence for a person, naming the offending value where there is one
 * @param line     1-based line in the original file, or 0 when not known
 * @param column   1-based column in the original file, or 0 when not known
 */
public record Diagnostic(Severity severity, String code, String message, int line, int column) {

    /** How bad a diagnostic is. */
    public enum Severity {
        WARNING, ERROR;

        /** The lower-case name used in the JSON contract. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or positive");
        }
    }

    /** A warning at a known position. */
    public static Diagnostic warning(String code, String message, int line, int column) {
        return new Diagnostic(Severity.WARNING, code, message, line, column);
    }

    /** An error at a known position. */
    public static Diagnostic error(String code, String message, int line, int column) {
        return new Diagnostic(Severity.ERROR, code, message, line, column);
    }

    /** Whether the position is known. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code path:line:column: severity: message [code]}, the form compilers use, for one line of a report. */
    public String format(String path) {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.id()).append(": ").append(message)
                .append(" [").append(code).append(']').toString();
    }
}
