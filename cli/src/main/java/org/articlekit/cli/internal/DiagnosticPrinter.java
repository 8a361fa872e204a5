package org.articlekit.cli.internal;

import java.io.PrintWriter;
import org.articlekit.core.Diagnostic;

/** Prints every diagnostic of each input as it is done, one compiler-style line each: for {@code validate}. */
public final class DiagnosticPrinter implements BatchRunner.Listener {

    private final PrintWriter out;

    public DiagnosticPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void finished(Outcome outcome) {
        String file = outcome.input().display();
        for (Diagnostic d : outcome.diagnostics()) {
            out.println(d.format(file).replaceAll("[\\r\\n]+", " "));
        }
        if (outcome.status() == Outcome.Status.FAILED && outcome.diagnostics().isEmpty()) {
            out.println(outcome.failure().format());
        }
        out.flush();
    }
}
