package org.articlekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.cli.internal.BatchRunner;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.JsonReport;
import org.articlekit.cli.internal.Listeners;
import org.articlekit.cli.internal.Plugins;
import org.articlekit.cli.internal.Progress;
import org.articlekit.cli.internal.Summary;
import org.articlekit.cli.internal.SummaryPrinter;
import org.articlekit.cli.internal.UsageException;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;

/** The small pieces of wiring the commands share: plug-ins, exporter, listeners, the end-of-run report. */
final class Commands {

    private Commands() {
    }

    /** The exporters: a fixed set from the environment (tests), else the class path plus the plug-in folder. */
    static Plugins plugins(Environment env, Path option, ConfigFile config) {
        if (env.exporters() != null) {
            return Plugins.of(env.exporters());
        }
        String configured = config.string("plugins");
        Path folder = option != null ? option
                : configured != null ? Path.of(configured)
                : env.home().resolve(".articlekit").resolve("plugins");
        return Plugins.load(folder, Main.class.getClassLoader());
    }

    /** The exporter of {@code format} with {@code options}; an unknown format or bad option is a usage error. */
    static Exporter exporter(ExporterRegistry registry, String format, ExportOptions options) {
        try {
            return registry.require(format).create(options);
        } catch (ExportException e) {
            throw new UsageException("--to " + format + ": " + e.getMessage(), e);
        }
    }

    /** What hears about the run: a progress bar on a terminal unless quiet, stack traces when verbose. */
    static BatchRunner.Listener listener(Environment env, RunOptions run, PrintWriter err, boolean progress,
            BatchRunner.Listener... more) {
        List<BatchRunner.Listener> listeners = new ArrayList<>(List.of(more));
        if (progress && env.terminal() && !run.quiet()) {
            listeners.add(new Progress(err, System::nanoTime));
        }
        if (run.verbose()) {
            listeners.add(Listeners.stackTraces(err));
        }
        return Listeners.all(listeners);
    }

    /**
     * Tells how the run went on standard error and writes {@code --report}. A single input to standard output
     * gets no counts line, only its diagnostics; {@code --quiet} keeps only the failures.
     */
    static void finish(Environment env, RunOptions run, Summary summary, String command, PrintWriter err,
            boolean single) throws IOException {
        SummaryPrinter printer = new SummaryPrinter(err, run.verbose());
        if (run.quiet()) {
            printer.printFailures(summary);
        } else if (single) {
            for (Summary.Warned w : summary.warnings()) {
                for (Diagnostic d : w.diagnostics()) {
                    err.println(d.format(w.file()).replaceAll("[\\r\\n]+", " "));
                }
            }
            printer.printFailures(summary);
            summary.notes().forEach(note -> err.println("note: " + note));
        } else {
            // validate has printed every diagnostic on standard output already
            boolean validate = command.equals("validate");
            printer.print(summary, validate ? "valid" : "converted", !validate);
        }
        err.flush();
        if (run.report() != null) {
            JsonReport.write(summary, command, run.report(), env.store());
        }
    }
}
