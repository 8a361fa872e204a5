package org.articlekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Plugins;
import org.articlekit.exporter.ExporterProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code articlekit formats}: lists the exporters, built-in and installed, with their options. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the output formats, built-in and from plug-ins, with the options each reads (-O key=value).")
public final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    ArticlekitCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Load exporter plug-in jars from DIR (default: ~/.articlekit/plugins).")
    Path plugins;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Show the stack trace behind an unexpected failure.")
    boolean verbose;

    @Override
    public Integer call() {
        ConfigFile file = ConfigFile.find(config, parent.environment().workingDir());
        PrintWriter out = spec.commandLine().getOut();
        try (Plugins found = Commands.plugins(parent.environment(), plugins, file)) {
            for (ExporterProvider provider : found.registry().providers()) {
                String names = provider.name() + (provider.aliases().isEmpty() ? ""
                        : " (" + String.join(", ", provider.aliases()) + ")");
                out.printf("%-18s %s%n", names, provider.description());
                for (String option : provider.optionHelp()) {
                    out.printf("%-18s   -O %s%n", "", option);
                }
            }
            if (!found.jars().isEmpty()) {
                out.println();
                out.println("plug-ins: " + String.join(", ", found.jars().stream().map(Path::toString).toList()));
            }
        }
        out.flush();
        return 0;
    }
}
