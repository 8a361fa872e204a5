package org.articlekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.Plugins;
import org.articlekit.exporter.ExporterProvider;
import picocli.CommandLine.Model.CommandSpec;

/** {@code articlekit formats}: lists the exporters, built-in and installed, with their options. */
public final class FormatsCommand implements Callable<Integer> {

    private final Args args = new Args();

    private final Arg<Path> plugins = args.option(Path.class, "--plugins", "DIR",
            "Load exporter plug-in jars from DIR (default: ~/.articlekit/plugins).");

    private final Arg<Path> config = args.option(Path.class, "--config", "FILE",
            "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).");

    // read by Main's failure handler, which looks the option up by name
    private final Arg<Boolean> verbose = args.flag("-v, --verbose",
            "Show the stack trace behind an unexpected failure.");

    private final Environment env;
    private final CommandSpec spec;

    private FormatsCommand(Environment env) {
        this.env = env;
        // the help lists these options sorted by name (picocli's default), unlike the other commands'
        spec = Args.command("formats", this, args);
        spec.usageMessage().description(
                "List the output formats, built-in and from plug-ins, with the options each reads (-O key=value).");
    }

    /** The {@code formats} command, running in {@code env}. */
    static CommandSpec spec(Environment env) {
        return new FormatsCommand(env).spec;
    }

    @Override
    public Integer call() {
        ConfigFile file = ConfigFile.find(config.value(), env.workingDir());
        PrintWriter out = spec.commandLine().getOut();
        try (Plugins found = Commands.plugins(env, plugins.value(), file)) {
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
