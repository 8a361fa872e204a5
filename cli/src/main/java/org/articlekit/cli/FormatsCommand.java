package org.articlekit.cli;

import java.util.concurrent.Callable;
import org.articlekit.exporter.ExporterProvider;
import org.articlekit.exporter.ExporterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code articlekit formats}: lists the exporters, built-in and installed. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the output formats.")
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (ExporterProvider provider : ExporterRegistry.load(getClass().getClassLoader()).providers()) {
            spec.commandLine().getOut().printf("%-10s %s%n", provider.name(), provider.description());
        }
        return 0;
    }
}
