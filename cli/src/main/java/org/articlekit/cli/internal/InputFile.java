package org.articlekit.cli.internal;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * One input of a batch.
 *
 * @param path     the file as the user reaches it ({@code root/relative}); {@code null} for standard input
 * @param relative its path below the input root with {@code /} separators (the file name for a file named on the
 *                 command line; {@code -} for standard input): what outputs mirror and what the parser reports
 * @param fileKey  what identifies the file on its file system (device and inode), as the walk saw it; {@code null}
 *                 when unknown
 * @param modified when the file was last modified, as the walk saw it; {@code null} when unknown
 */
public record InputFile(Path path, String relative, Object fileKey, FileTime modified) {

    /** The standard-input pseudo file. */
    public static final InputFile STDIN = new InputFile(null, "-");

    /** An input whose attributes were not read. */
    public InputFile(Path path, String relative) {
        this(path, relative, null, null);
    }

    /** An input with the attributes the walk read for it, so that no later step needs to read them again. */
    static InputFile of(Path path, String relative, BasicFileAttributes attributes) {
        return new InputFile(path, relative, attributes.fileKey(), attributes.lastModifiedTime());
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return path == null;
    }

    /** The path to show a person. */
    public String display() {
        return path == null ? "-" : path.toString();
    }
}
