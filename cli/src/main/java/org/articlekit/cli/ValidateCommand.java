package org.articlekit.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.Batch;
import org.articlekit.cli.internal.BatchSettings;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.DiagnosticPrinter;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.Summary;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Model.CommandSpec;

/** {@code articlekit validate}: parses only and reports every diagnostic; one {@link Batch#validate} call. */
public final class ValidateCommand implements Callable<Integer> {

    private final Args args = new Args();

    private final Arg<List<String>> inputs = args.positionals("INPUT", "Files, folders, or - for standard input.");

    private final RunOptions run = new RunOptions();
    private final ParserOptionsMixin parserOptions = new ParserOptionsMixin();

    private final Environment env;
    private final CommandSpec spec;

    private ValidateCommand(Environment env) {
        this.env = env;
        spec = Args.command("validate", this, args, run.args, parserOptions.args);
        spec.usageMessage().sortOptions(false)
                .description("Parse articles and report every diagnostic, one line each (FILE:LINE:COLUMN: "
                                + "severity: message [code]) on standard output; the summary on standard error.",
                        "Exit status: 0 every input readable, 1 some cannot be read as articles, 2 usage error.");
    }

    /** The {@code validate} command, running in {@code env}. */
    static CommandSpec spec(Environment env) {
        return new ValidateCommand(env).spec;
    }

    @Override
    public Integer call() throws IOException {
        ConfigFile config = run.config(env);
        BatchSettings settings = new BatchSettings(inputs.value(), run.filter(config),
                ArticleParser.create(parserOptions.toOptions(config)), null, null, false, run.jobs(config),
                run.timeout(config));
        Summary summary = new Batch(env).validate(settings, Commands.listener(env, run, spec.commandLine().getErr(),
                false, new DiagnosticPrinter(spec.commandLine().getOut())));
        Commands.finish(env, run, summary, "validate", spec.commandLine().getErr(), false);
        return summary.exitStatus();
    }
}
