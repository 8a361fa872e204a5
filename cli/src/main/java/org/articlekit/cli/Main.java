package org.articlekit.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.Reasons;
import org.articlekit.cli.internal.UsageException;
import org.articlekit.cli.internal.Warmup;
import org.articlekit.core.ArticleException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** The {@code articlekit} program: the only place that calls {@link System#exit(int)}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Warmup.start(args);
        CommandLine cli = commandLine(Environment.system(), args.length > 0 ? args[0] : null);
        // UTF-8 whatever the locale: Java 17 would otherwise print CJK names as '?' under LANG=C
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        int status;
        try {
            status = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // an Error picocli does not catch: still one line, and the documented status
            cli.getErr().println("articlekit: " + Reasons.unexpected(e));
            cli.getErr().flush();
            status = 1;
        }
        System.exit(status);
    }

    /** The configured command line in the real environment, for tests that drive it with {@code execute()}. */
    public static CommandLine commandLine() {
        return commandLine(Environment.system());
    }

    /** The configured command line in {@code environment}. */
    public static CommandLine commandLine(Environment environment) {
        return commandLine(environment, null);
    }

    /**
     * The command line for arguments starting with {@code first}: when that names a subcommand, only that one is
     * built (the others could not run anyway, and building each costs start-up time); otherwise all of them, so
     * that the top command's help lists them and picocli can suggest one for a misspelt name.
     */
    static CommandLine commandLine(Environment environment, String first) {
        CommandLine cli = new CommandLine(ArticlekitCommand.spec());
        if (first == null || !addSubcommand(cli, environment, first)) {
            for (String name : SUBCOMMANDS) {
                addSubcommand(cli, environment, name);
            }
            cli.addSubcommand(CompletionCommand.spec());
        }
        Handlers handlers = new Handlers();
        cli.setExecutionExceptionHandler(handlers);
        cli.setParameterExceptionHandler(handlers);
        cli.setExitCodeExceptionMapper(handlers);
        return cli;
    }

    /** The subcommands in the order the help lists them (then {@code generate-completion}). */
    private static final String[] SUBCOMMANDS = {"convert", "validate", "inspect", "formats"};

    /** Adds the subcommand called {@code name}, running in {@code env}, to {@code cli}; false when there is none. */
    private static boolean addSubcommand(CommandLine cli, Environment env, String name) {
        CommandSpec command = switch (name) {
            case "convert" -> ConvertCommand.spec(env);
            case "validate" -> ValidateCommand.spec(env);
            case "inspect" -> InspectCommand.spec(env);
            case "formats" -> FormatsCommand.spec(env);
            default -> null;
        };
        if (command == null) {
            return false;
        }
        // their -V prints what the top command's does (picocli leaves a subcommand's empty, which printed nothing)
        cli.addSubcommand(command.versionProvider(cli.getCommandSpec().versionProvider()));
        return true;
    }

    /**
     * How failures end a run. A named class, not lambdas: picocli's handler interfaces are compiled for an old Java
     * that class-data archives cannot hold, so a lambda implementing one is spun at start-up, and the first such
     * lambda costs a one-file run the generation of a dozen method-handle classes (about 15 ms on two cores).
     */
    private static final class Handlers implements CommandLine.IExecutionExceptionHandler,
            CommandLine.IParameterExceptionHandler, CommandLine.IExitCodeExceptionMapper {

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
            return handleFailure(e, cmd, parseResult);
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return handleUsageError(e, args);
        }

        @Override
        public int getExitCode(Throwable e) {
            return e instanceof UsageException ? 2 : 1;
        }
    }

    /** A usage error: one line naming the problem, one pointing to the help. Exit status 2. */
    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(qualifiedName(cmd.getCommandSpec()) + ": " + e.getMessage());
        err.println("Try '" + qualifiedName(cmd.getCommandSpec()) + " --help' for more information.");
        err.flush();
        return 2;
    }

    /**
     * An exception out of a command: a {@link UsageException} (exit status 2) or anything else (1), as one line,
     * with its stack trace only under {@code --verbose}.
     */
    private static int handleFailure(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean usage = e instanceof UsageException;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!usage && !(e instanceof ArticleException)) {
            message = "unexpected " + e.getClass().getSimpleName() + ": " + message;
        }
        err.println(qualifiedName(cmd.getCommandSpec()) + ": " + message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        if (verbose(cmd)) {
            e.printStackTrace(err);
        } else if (!usage) {
            err.println("(run again with --verbose for the stack trace)");
        }
        err.flush();
        return usage ? 2 : 1;
    }

    private static boolean verbose(CommandLine cmd) {
        ParseResult result = cmd.getParseResult();
        return result != null && cmd.getCommandSpec().findOption("--verbose") != null
                && result.hasMatchedOption("--verbose");
    }

    private static String qualifiedName(CommandSpec spec) {
        return spec.qualifiedName(" ");
    }
}
