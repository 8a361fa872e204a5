package org.articlekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code articlekit convert}: turns its options into one {@link Batch#convert} call. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert articles to another format.",
                "INPUT is a file, a folder (walked recursively for *.md *.markdown *.html *.htm *.txt) or - for "
                        + "standard input. With -o DIR the input tree is mirrored with the format's extension; "
                        + "an output newer than its input is skipped, so an interrupted run resumes."},
        footerHeading = "%nExamples:%n",
        footer = {"  articlekit convert posts --to markdown -o site",
                "  articlekit convert posts --to jsonl -o posts.jsonl",
                "  articlekit convert post.html --to text --width 72",
                "  articlekit convert posts --to md -o out --name-pattern '$${year}/$${slug}.$${ext}'",
                "%nExit status: 0 all converted, 1 some inputs failed, 2 usage error."})
public final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    ArticlekitCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "json, jsonl, markdown (md), text (txt) or an installed format (see: articlekit formats).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "A folder (the tree mirrored) or, for jsonl, one file; without it, standard output.")
    Path output;

    @Option(names = "--name-pattern", paramLabel = "PATTERN",
            description = "Lay outputs out by metadata: $${year} $${month} $${day} $${slug} $${category} $${author} "
                    + "$${name} $${ext}, e.g. '$${year}/$${slug}.$${ext}'.")
    String namePattern;

    @Option(names = "--overwrite", negatable = true,
            description = "Rewrite outputs even when they are newer than their inputs.")
    Boolean overwrite;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Load exporter plug-in jars from DIR (default: ~/.articlekit/plugins).")
    Path plugins;

    @Mixin
    RunOptions run;

    @Mixin
    ParserOptionsMixin parserOptions;

    @Mixin
    ExportOptionsMixin exportOptions;

    @Override
    public Integer call() throws IOException {
        Environment env = parent.environment();
        ConfigFile config = run.config(env);
        String to = format != null ? format : config.string("to");
        if (to == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--to=FORMAT'");
        }
        String pattern = namePattern != null ? namePattern : config.string("name-pattern");
        boolean rewrite = overwrite != null ? overwrite : Boolean.TRUE.equals(config.flag("overwrite"));
        PrintWriter err = spec.commandLine().getErr();
        try (Plugins found = Commands.plugins(env, plugins, config)) {
            Exporter exporter = Commands.exporter(found.registry(), to, exportOptions.toOptions(config));
            BatchSettings settings = new BatchSettings(inputs, run.filter(config),
                    ArticleParser.create(parserOptions.toOptions(config)), output,
                    pattern == null ? null : NamePattern.parse(pattern), rewrite, run.jobs(config),
                    run.timeout(config));
            BatchRunner.Listener listener = Commands.listener(env, run, err, true);
            Utf8WriterStream stdout = new Utf8WriterStream(spec.commandLine().getOut());
            Summary summary = new Batch(env).convert(settings, exporter, stdout, listener);
            stdout.close();
            boolean quietSingle = output == null && summary.converted() + summary.failed() <= 1;
            Commands.finish(env, run, summary, "convert", err, quietSingle);
            return summary.exitStatus();
        }
    }
}
