package org.articlekit.cli.internal;

import java.util.List;
import org.articlekit.core.Diagnostic;

/**
 * What became of one input.
 *
 * @param input       the input
 * @param status      converted, skipped (up to date) or failed
 * @param diagnostics the parser's diagnostics (warnings on a converted input; everything on a failed parse)
 * @param failure     why it failed, or {@code null}
 * @param cause       the exception behind a failure, for {@code --verbose}, or {@code null}
 * @param target      where the output went, or {@code null}
 */
public record Outcome(InputFile input, Status status, List<Diagnostic> diagnostics, Failure failure, Throwable cause,
        String target) {

    /** What became of an input. */
    public enum Status { CONVERTED, SKIPPED, FAILED }

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    static Outcome failed(InputFile input, Failure failure, Throwable cause, List<Diagnostic> diagnostics) {
        return new Outcome(input, Status.FAILED, diagnostics, failure, cause, null);
    }

    static Outcome skipped(InputFile input, String target) {
        return new Outcome(input, Status.SKIPPED, List.of(), null, null, target);
    }

    /** Whether it was converted with at least one diagnostic. */
    public boolean hasWarnings() {
        return status == Status.CONVERTED && !diagnostics.isEmpty();
    }
}
