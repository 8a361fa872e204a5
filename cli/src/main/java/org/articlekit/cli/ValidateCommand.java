package org.articlekit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.articlekit.core.Article;
import org.articlekit.core.ArticleException;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code articlekit validate}: parses only and reports every diagnostic. (Walking skeleton.) */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Parse articles and report problems.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Override
    public Integer call() {
        ArticleParser parser = ArticleParser.create();
        int failures = 0;
        for (Path input : inputs) {
            try {
                Article article = parser.parse(input);
                for (Diagnostic d : article.diagnostics()) {
                    spec.commandLine().getOut().println(d.format(input.toString()));
                }
            } catch (ArticleException | java.io.UncheckedIOException e) {
                failures++;
                spec.commandLine().getErr().println(e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
