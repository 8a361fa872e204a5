package org.articlekit.bench;

import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The exporter a benchmark writes with, found the way the command line finds it, with default options. */
@State(Scope.Benchmark)
public class ExporterState {

    /** The exporter's name, as given to {@code --to}. */
    @Param({"markdown", "text", "json"})
    public String format;

    Exporter exporter;

    @Setup(Level.Trial)
    public void load() {
        exporter = ExporterRegistry.load(ExporterState.class.getClassLoader()).require(format)
                .create(ExportOptions.DEFAULTS);
    }
}
