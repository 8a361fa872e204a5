package org.articlekit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.Batch;
import org.articlekit.cli.internal.BatchSettings;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.DiagnosticPrinter;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.Summary;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code articlekit validate}: parses only and reports every diagnostic; one {@link Batch#validate} call. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Parse articles and report every diagnostic, one line each "
                + "(FILE:LINE:COLUMN: severity: message [code]) on standard output; the summary on standard error.",
                "Exit status: 0 every input readable, 1 some cannot be read as articles, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ArticlekitCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    ParserOptionsMixin parserOptions;

    @Override
    public Integer call() throws IOException {
        Environment env = parent.environment();
        ConfigFile config = run.config(env);
        BatchSettings settings = new BatchSettings(inputs, run.filter(config),
                ArticleParser.create(parserOptions.toOptions(config)), null, null, false, run.jobs(config),
                run.timeout(config));
        Summary summary = new Batch(env).validate(settings, Commands.listener(env, run, spec.commandLine().getErr(),
                false, new DiagnosticPrinter(spec.commandLine().getOut())));
        Commands.finish(env, run, summary, "validate", spec.commandLine().getErr(), false);
        return summary.exitStatus();
    }
}
