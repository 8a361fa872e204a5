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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code articlekit inspect FILE}: an article's metadata, stats and diagnostics, for a person. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what articlekit reads from one article: metadata, stats, excerpt and diagnostics.",
                "Exit status: 0 readable, 1 it cannot be read as an article, 2 usage error."})
public final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    ArticlekitCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article, or - for standard input.")
    String file;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Show the stack trace behind an unexpected failure.")
    boolean verbose;

    @Mixin
    ParserOptionsMixin parserOptions;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        ArticleParser parser = ArticleParser.create(parserOptions.toOptions(ConfigFile.find(config,
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
