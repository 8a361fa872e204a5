package org.articlekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.articlekit.cli.internal.ArticleDescription;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.Reasons;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ParseException;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Model.CommandSpec;

/** {@code articlekit inspect FILE}: an article's metadata, stats and diagnostics, for a person. */
public final class InspectCommand implements Callable<Integer> {

    private final Args args = new Args();

    private final Arg<String> file = args.positional(0, "FILE", "The article, or - for standard input.");

    private final Arg<Path> config = args.option(Path.class, "--config", "FILE",
            "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).");

    // read by Main's failure handler, which looks the option up by name
    private final Arg<Boolean> verbose = args.flag("-v, --verbose",
            "Show the stack trace behind an unexpected failure.");

    private final ParserOptionsMixin parserOptions = new ParserOptionsMixin();

    private final Environment env;
    private final CommandSpec spec;

    private InspectCommand(Environment env) {
        this.env = env;
        spec = Args.command("inspect", this, args, parserOptions.args);
        spec.usageMessage().sortOptions(false)
                .description("Show what articlekit reads from one article: metadata, stats, excerpt and diagnostics.",
                        "Exit status: 0 readable, 1 it cannot be read as an article, 2 usage error.");
    }

    /** The {@code inspect} command, running in {@code env}. */
    static CommandSpec spec(Environment env) {
        return new InspectCommand(env).spec;
    }

    @Override
    public Integer call() {
        String file = this.file.value();
        ArticleParser parser = ArticleParser.create(parserOptions.toOptions(ConfigFile.find(config.value(),
                env.workingDir())));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = file.equals("-") ? env.stdin().get().readAllBytes() : env.store().read(Path.of(file));
        } catch (IOException e) {
            err.println(file + ": error: cannot read: " + Reasons.io(e) + " [read-failed]");
            return 1;
        }
        try {
            Article article = parser.parse(bytes, file.equals("-") ? "-" : Path.of(file).getFileName().toString());
            ArticleDescription.lines(article, file).forEach(out::println);
            out.flush();
            return 0;
        } catch (ParseException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format(file));
            }
            err.flush();
            return 1;
        }
    }
}
