package org.articlekit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.InputFilter;
import picocli.CommandLine.Option;

/** Options every batch command shares: which files, how many workers, how much to say, where the config is. */
public final class RunOptions {

    /** Seconds one input may take before it is given up, unless set. */
    static final long DEFAULT_TIMEOUT = 30;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Take these files from folders instead of *.md *.markdown *.html *.htm *.txt "
                    + "(repeatable; a glob without / matches names at any depth).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files and folders matching GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parallel workers (default: the available processors).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up one input after this long (default: " + DEFAULT_TIMEOUT + "; 0: never).")
    Long timeout;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; failures are still listed.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "List every warning, and show the stack trace behind each failure.")
    boolean verbose;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the summary as JSON to FILE.")
    Path report;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).")
    Path config;

    ConfigFile config(Environment env) {
        return ConfigFile.find(config, env.workingDir());
    }

    InputFilter filter(ConfigFile file) {
        return InputFilter.of(include.isEmpty() ? file.strings("include") : include,
                exclude.isEmpty() ? file.strings("exclude") : exclude);
    }

    int jobs(ConfigFile file) {
        if (jobs != null) {
            return jobs;
        }
        Long configured = file.number("jobs");
        return configured != null ? configured.intValue() : Runtime.getRuntime().availableProcessors();
    }

    long timeout(ConfigFile file) {
        if (timeout != null) {
            return timeout;
        }
        Long configured = file.number("timeout");
        return configured != null ? configured : DEFAULT_TIMEOUT;
    }
}
