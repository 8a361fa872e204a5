package org.articlekit.cli;

import picocli.CommandLine;

/** The {@code articlekit} program: the only place that calls {@link System#exit(int)}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that drive it with {@code execute()}. */
    public static CommandLine commandLine() {
        return new CommandLine(new ArticlekitCommand());
    }
}
