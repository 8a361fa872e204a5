package org.articlekit.cli.internal;

import java.nio.file.Path;

/**
 * One input of a batch.
 *
 * @param path     the file as the user reaches it ({@code root/relative}); {@code null} for standard input
 * @param relative its path below the input root with {@code /} separators (the file name for a file named on the
 *                 command line; {@code -} for standard input): what outputs mirror and what the parser reports
 */
public record InputFile(Path path, String relative) {

    /** The standard-input pseudo file. */
    public static final InputFile STDIN = new InputFile(null, "-");

    /** Whether this is standard input. */
    public boolean isStdin() {
        return path == null;
    }

    /** The path to show a person. */
    public String display() {
        return path == null ? "-" : path.toString();
    }
}
