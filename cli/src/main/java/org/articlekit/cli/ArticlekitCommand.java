package org.articlekit.cli;

import org.articlekit.cli.internal.Environment;
import picocli.CommandLine.Command;

/**
 * The top command: the environment the subcommands run in. The subcommands are added by {@link Main}, not named
 * here, so that a run of one subcommand builds only that one's option model (picocli's reflection over every
 * subcommand was most of a one-file run's start-up).
 */
@Command(name = "articlekit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads articles (front matter + HTML body) and writes JSON, Markdown, plain text or any "
                + "installed format.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every input converted (or valid)", "  1  some inputs failed; the rest were written",
                "  2  usage error: a bad option, config file or format"})
public final class ArticlekitCommand {

    private final Environment environment;

    ArticlekitCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }
}
