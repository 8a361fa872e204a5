package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The file operations a batch performs, behind one seam so that tests can inject failures (a file that cannot be
 * read, a folder that stops being writable) where running as root makes permissions useless.
 */
public interface FileStore {

    /** The whole content of {@code file}. */
    byte[] read(Path file) throws IOException;

    /** Creates {@code file}, which must not exist, for writing. */
    OutputStream create(Path file) throws IOException;

    /** Moves {@code from} onto {@code to}, atomically where the file system can, replacing {@code to}. */
    void move(Path from, Path to) throws IOException;

    /** Creates {@code dir} and its missing parents. */
    void createDirectories(Path dir) throws IOException;

    /** Deletes {@code file} if it exists. */
    void deleteIfExists(Path file) throws IOException;
}
