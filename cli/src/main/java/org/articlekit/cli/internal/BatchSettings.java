package org.articlekit.cli.internal;

import java.nio.file.Path;
import java.util.List;
import org.articlekit.parser.ArticleParser;

/**
 * How to run one batch, as the command line asked.
 *
 * @param inputs         files, folders and {@code -}, as named
 * @param filter         which files of a folder are inputs
 * @param parser         the parser, configured
 * @param output         {@code -o}: a folder, a file, or {@code null} for standard output
 * @param namePattern    the layout by metadata, or {@code null} to mirror the input tree
 * @param overwrite      whether up-to-date outputs are rewritten
 * @param jobs           how many workers
 * @param timeoutSeconds the longest one input may take; 0 for no limit
 */
public record BatchSettings(List<String> inputs, InputFilter filter, ArticleParser parser, Path output,
        NamePattern namePattern, boolean overwrite, int jobs, long timeoutSeconds) {

    public BatchSettings {
        inputs = List.copyOf(inputs);
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1: " + jobs);
        }
        if (timeoutSeconds < 0) {
            throw new UsageException("--timeout must not be negative: " + timeoutSeconds);
        }
    }
}
