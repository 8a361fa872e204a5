package org.articlekit.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command. It only holds the subcommands, which {@link Main} adds: only the one a run names, so that a
 * run builds only that one's model.
 */
final class ArticlekitCommand {

    private ArticlekitCommand() {
    }

    /** The top command, without subcommands; running it without one is a usage error. */
    static CommandSpec spec() {
        CommandSpec spec = Args.command("articlekit", null).versionProvider(new VersionProvider());
        spec.usageMessage()
                .description("Reads articles (front matter + HTML body) and writes JSON, Markdown, plain text or any "
                        + "installed format.")
                .footerHeading("%nExit status:%n")
                .footer("  0  every input converted (or valid)", "  1  some inputs failed; the rest were written",
                        "  2  usage error: a bad option, config file or format");
        return spec;
    }
}
