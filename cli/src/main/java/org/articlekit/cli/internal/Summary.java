package org.articlekit.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.articlekit.core.Diagnostic;

/**
 * The tally of a run: how many inputs were converted, skipped, converted with warnings and failed, each failure
 * with its file and reason, and the files with warnings (their list is capped so that a huge archive of warnings
 * does not hold memory; the count is exact).
 */
public final class Summary {

    /** The most files with warnings whose diagnostics are kept. */
    public static final int MAX_WARNED_KEPT = 10_000;

    /** One converted input with diagnostics. */
    public record Warned(String file, List<Diagnostic> diagnostics) {
    }

    private int converted;
    private int skipped;
    private int warned;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Warned> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long elapsedNanos;

    /** Counts one outcome. */
    public void add(Outcome outcome) {
        switch (outcome.status()) {
            case CONVERTED -> {
                converted++;
                if (outcome.hasWarnings()) {
                    warned++;
                    if (warnings.size() < MAX_WARNED_KEPT) {
                        warnings.add(new Warned(outcome.input().display(), outcome.diagnostics()));
                    }
                }
            }
            case SKIPPED -> skipped++;
            case FAILED -> failures.add(outcome.failure());
            default -> throw new IllegalStateException(outcome.status().toString());
        }
    }

    /** Records a failure that belongs to no single converted input (a missing input, an unreadable folder). */
    public void addFailure(Failure failure) {
        failures.add(failure);
    }

    /** Records something worth telling that is no failure (a symlink loop not followed). */
    public void addNote(String note) {
        notes.add(note);
    }

    void elapsed(long nanos) {
        this.elapsedNanos = nanos;
    }

    public int converted() {
        return converted;
    }

    public int skipped() {
        return skipped;
    }

    /** Converted inputs that had at least one diagnostic. */
    public int withWarnings() {
        return warned;
    }

    public int failed() {
        return failures.size();
    }

    public List<Failure> failures() {
        return Collections.unmodifiableList(failures);
    }

    public List<Warned> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public long elapsedMillis() {
        return elapsedNanos / 1_000_000;
    }

    /** 0 when nothing failed, 1 otherwise: the exit status of the run. */
    public int exitStatus() {
        return failures.isEmpty() ? 0 : 1;
    }
}
