package org.articlekit.cli;

import java.nio.file.Path;
import java.util.List;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.InputFilter;

/** Options every batch command shares: which files, how many workers, how much to say, where the config is. */
public final class RunOptions {

    /** Seconds one input may take before it is given up, unless set. */
    static final long DEFAULT_TIMEOUT = 30;

    /** These options, in the order the help lists them. */
    final Args args = new Args();

    private final Arg<List<String>> include = args.list(String.class, "--include", "GLOB",
            "Take these files from folders instead of *.md *.markdown *.html *.htm *.txt "
                    + "(repeatable; a glob without / matches names at any depth).");

    private final Arg<List<String>> exclude = args.list(String.class, "--exclude", "GLOB",
            "Leave out files and folders matching GLOB (repeatable).");

    private final Arg<Integer> jobs = args.option(Integer.class, "-j, --jobs", "N",
            "Parallel workers (default: the available processors).");

    private final Arg<Long> timeout = args.option(Long.class, "--timeout", "SECONDS",
            "Give up one input after this long (default: " + DEFAULT_TIMEOUT + "; 0: never).");

    private final Arg<Boolean> quiet = args.flag("-q, --quiet",
            "No progress bar and no summary; failures are still listed.");

    private final Arg<Boolean> verbose = args.flag("-v, --verbose",
            "List every warning, and show the stack trace behind each failure.");

    private final Arg<Path> report = args.option(Path.class, "--report", "FILE", "Write the summary as JSON to FILE.");

    private final Arg<Path> config = args.option(Path.class, "--config", "FILE",
            "Read settings from FILE (default: ./" + ConfigFile.DEFAULT_NAME + " when present).");

    boolean quiet() {
        return quiet.value();
    }

    boolean verbose() {
        return verbose.value();
    }

    /** Where to write the summary as JSON, or null. */
    Path report() {
        return report.value();
    }

    ConfigFile config(Environment env) {
        return ConfigFile.find(config.value(), env.workingDir());
    }

    InputFilter filter(ConfigFile file) {
        List<String> included = include.value();
        List<String> excluded = exclude.value();
        return InputFilter.of(included.isEmpty() ? file.strings("include") : included,
                excluded.isEmpty() ? file.strings("exclude") : excluded);
    }

    int jobs(ConfigFile file) {
        if (jobs.value() != null) {
            return jobs.value();
        }
        Long configured = file.number("jobs");
        return configured != null ? configured.intValue() : Runtime.getRuntime().availableProcessors();
    }

    long timeout(ConfigFile file) {
        if (timeout.value() != null) {
            return timeout.value();
        }
        Long configured = file.number("timeout");
        return configured != null ? configured : DEFAULT_TIMEOUT;
    }
}
