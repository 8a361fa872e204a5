package org.articlekit.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import org.articlekit.core.Diagnostic;

/** Prints a {@link Summary} for a person: one line of counts, then each failure and each file with warnings. */
public final class SummaryPrinter {

    /** How many files with warnings are listed unless verbose (the count is always exact). */
    public static final int WARNED_LISTED = 50;

    private final PrintWriter err;
    private final boolean verbose;

    public SummaryPrinter(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    /** The counts line, the failures, the warnings and the notes. */
    public void print(Summary s, String verb) {
        print(s, verb, true);
    }

    /** The counts line, the failures, the warnings (when {@code listWarnings}) and the notes. */
    public void print(Summary s, String verb, boolean listWarnings) {
        String skipped = s.skipped() > 0 || verb.equals("converted")
                ? String.format(Locale.ROOT, ", skipped %d (up to date)", s.skipped()) : "";
        err.println(String.format(Locale.ROOT, "%s %d%s, with warnings %d, failed %d in %.1f s",
                verb, s.converted(), skipped, s.withWarnings(), s.failed(), s.elapsedMillis() / 1000.0));
        printFailures(s);
        if (listWarnings && !s.warnings().isEmpty()) {
            err.println("with warnings:");
            int listed = 0;
            for (Summary.Warned w : s.warnings()) {
                if (!verbose && listed == WARNED_LISTED) {
                    err.println("  … and " + (s.withWarnings() - listed) + " more (--verbose or --report lists all)");
                    break;
                }
                listed++;
                Diagnostic first = w.diagnostics().get(0);
                int more = w.diagnostics().size() - 1;
                err.println("  " + first.format(w.file()) + (more > 0 ? " (+" + more + " more)" : ""));
                if (verbose) {
                    w.diagnostics().stream().skip(1).forEach(d -> err.println("    " + d.format(w.file())));
                }
            }
        }
        for (String note : s.notes()) {
            err.println("note: " + note);
        }
        err.flush();
    }

    /** Only the failures, each on one line. */
    public void printFailures(Summary s) {
        if (!s.failures().isEmpty()) {
            err.println("failed:");
            for (Failure failure : s.failures()) {
                err.println("  " + failure.format());
            }
        }
        err.flush();
    }
}
