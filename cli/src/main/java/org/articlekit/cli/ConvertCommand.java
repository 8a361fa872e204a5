package org.articlekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.Batch;
import org.articlekit.cli.internal.BatchRunner;
import org.articlekit.cli.internal.BatchSettings;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.NamePattern;
import org.articlekit.cli.internal.Plugins;
import org.articlekit.cli.internal.Summary;
import org.articlekit.cli.internal.Utf8WriterStream;
import org.articlekit.exporter.Exporter;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code articlekit convert}: turns its options into one {@link Batch#convert} call. */
public final class ConvertCommand implements Callable<Integer> {

    private final Args args = new Args();

    private final Arg<List<String>> inputs = args.positionals("INPUT", "Files, folders, or - for standard input.");

    private final Arg<String> format = args.option(String.class, "--to", "FORMAT",
            "json, jsonl, markdown (md), text (txt) or an installed format (see: articlekit formats).");

    private final Arg<Path> output = args.option(Path.class, "-o, --output", "PATH",
            "A folder (the tree mirrored) or, for jsonl, one file; without it, standard output.");

    // $${...} is picocli's escape for a literal ${...} in help text
    private final Arg<String> namePattern = args.option(String.class, "--name-pattern", "PATTERN",
            "Lay outputs out by metadata: $${year} $${month} $${day} $${slug} $${category} $${author} "
                    + "$${name} $${ext}, e.g. '$${year}/$${slug}.$${ext}'.");

    private final Arg<Boolean> overwrite = args.negatable("--overwrite",
            "Rewrite outputs even when they are newer than their inputs.");

    private final Arg<Path> plugins = args.option(Path.class, "--plugins", "DIR",
            "Load exporter plug-in jars from DIR (default: ~/.articlekit/plugins).");

    private final RunOptions run = new RunOptions();
    private final ParserOptionsMixin parserOptions = new ParserOptionsMixin();
    private final ExportOptionsMixin exportOptions = new ExportOptionsMixin();

    private final Environment env;
    private final CommandSpec spec;

    private ConvertCommand(Environment env) {
        this.env = env;
        spec = Args.command("convert", this, args, run.args, parserOptions.args, exportOptions.args);
        spec.usageMessage().sortOptions(false)
                .description("Convert articles to another format.",
                        "INPUT is a file, a folder (walked recursively for *.md *.markdown *.html *.htm *.txt) or - "
                                + "for standard input. With -o DIR the input tree is mirrored with the format's "
                                + "extension; an output newer than its input is skipped, so an interrupted run "
                                + "resumes.")
                .footerHeading("%nExamples:%n")
                .footer("  articlekit convert posts --to markdown -o site",
                        "  articlekit convert posts --to jsonl -o posts.jsonl",
                        "  articlekit convert post.html --to text --width 72",
                        // two lines: picocli would wrap this one inside the pattern, where it cannot be pasted
                        "  articlekit convert posts --to md -o out \\",
                        "      --name-pattern '$${year}/$${slug}.$${ext}'",
                        "%nExit status: 0 all converted, 1 some inputs failed, 2 usage error.");
    }

    /** The {@code convert} command, running in {@code env}. */
    static CommandSpec spec(Environment env) {
        return new ConvertCommand(env).spec;
    }

    @Override
    public Integer call() throws IOException {
        ConfigFile config = run.config(env);
        String to = format.value() != null ? format.value() : config.string("to");
        if (to == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--to=FORMAT'");
        }
        String pattern = namePattern.value() != null ? namePattern.value() : config.string("name-pattern");
        boolean rewrite = overwrite.value() != null ? overwrite.value() : Boolean.TRUE.equals(config.flag("overwrite"));
        PrintWriter err = spec.commandLine().getErr();
        try (Plugins found = Commands.plugins(env, plugins.value(), config)) {
            Exporter exporter = Commands.exporter(found.registry(), to, exportOptions.toOptions(config));
            BatchSettings settings = new BatchSettings(inputs.value(), run.filter(config),
                    ArticleParser.create(parserOptions.toOptions(config)), output.value(),
                    pattern == null ? null : NamePattern.parse(pattern), rewrite, run.jobs(config),
                    run.timeout(config));
            BatchRunner.Listener listener = Commands.listener(env, run, err, true);
            Utf8WriterStream stdout = new Utf8WriterStream(spec.commandLine().getOut());
            Summary summary = new Batch(env).convert(settings, exporter, stdout, listener);
            stdout.close();
            boolean quietSingle = output.value() == null && summary.converted() + summary.failed() <= 1;
            Commands.finish(env, run, summary, "convert", err, quietSingle);
            return summary.exitStatus();
        }
    }
}
