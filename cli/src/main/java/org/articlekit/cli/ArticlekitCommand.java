package org.articlekit.cli;

import picocli.CommandLine.Command;

/** The top command: only holds the subcommands. */
@Command(name = "articlekit", mixinStandardHelpOptions = true, version = "articlekit 0.1.0",
        description = "Reads articles (front matter + HTML body) and writes JSON, Markdown or plain text.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, FormatsCommand.class})
public final class ArticlekitCommand {
}
