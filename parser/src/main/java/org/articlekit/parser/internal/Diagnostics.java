package org.articlekit.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.Diagnostic;

/** Collects the diagnostics of one parse, in the order they are found. Not thread-safe: one per parse. */
public final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void warning(String code, String message, int line, int column) {
        found.add(Diagnostic.warning(code, message, Math.max(0, line), Math.max(0, column)));
    }

    public void error(String code, String message, int line, int column) {
        found.add(Diagnostic.error(code, message, Math.max(0, line), Math.max(0, column)));
    }

    /**
     * A fault in the input that lenient parsing recovers from: an error when {@code strict} (the parse then
     * fails), else a warning.
     */
    public void fault(boolean strict, String code, String message, int line, int column) {
        if (strict) {
            error(code, message, line, column);
        } else {
            warning(code, message, line, column);
        }
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** How many diagnostics have been found so far. */
    public int count() {
        return found.size();
    }

    public List<Diagnostic> list() {
        return List.copyOf(found);
    }
}
