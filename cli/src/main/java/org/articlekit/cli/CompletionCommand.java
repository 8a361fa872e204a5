package org.articlekit.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code articlekit generate-completion}: the bash/zsh completion script picocli generates from the model.
 * picocli's own {@code AutoComplete.GenerateCompletion} does the same but is declared with annotations; this is
 * that command (name, version, help layout, output) declared in code.
 */
final class CompletionCommand implements Runnable {

    private final CommandSpec spec;

    private CompletionCommand() {
        spec = Args.command("generate-completion", this).version("generate-completion " + CommandLine.VERSION)
                // a help command: the parent's required options and parameters are not asked for
                .helpCommand(true);
        spec.usageMessage().description("Print a bash/zsh completion script for articlekit.")
                .optionListHeading("Options:%n");
    }

    /** The {@code generate-completion} command. */
    static CommandSpec spec() {
        return new CompletionCommand().spec;
    }

    @Override
    public void run() {
        CommandSpec root = spec.root();
        PrintWriter out = spec.commandLine().getOut();
        // '\n', not println: bash chokes on a script with Windows line ends
        out.print(AutoComplete.bash(root.name(), root.commandLine()));
        out.print('\n');
        out.flush();
    }
}
