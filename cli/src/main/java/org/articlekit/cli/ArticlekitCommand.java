package org.articlekit.cli;

import org.articlekit.cli.internal.Environment;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** The top command: holds the subcommands and the environment they run in. */
@Command(name = "articlekit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads articles (front matter + HTML body) and writes JSON, Markdown, plain text or any "
                + "installed format.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, InspectCommand.class, FormatsCommand.class,
                AutoComplete.GenerateCompletion.class},
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
