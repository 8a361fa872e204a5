package org.articlekit.cli.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.articlekit.exporter.ExporterRegistry;

/**
 * What the command line takes from the world it runs in, in one place so that tests can replace any of it: the
 * file operations, standard input, whether standard error is a terminal, the working and home folders, and
 * (for tests) a fixed set of exporters instead of the ones found on the class path and in the plug-in folder.
 *
 * @param store       file operations
 * @param stdin       standard input, read for the input {@code -}
 * @param terminal    whether a person watches standard error (a progress bar is shown then)
 * @param workingDir  where {@code articlekit.yaml} is looked for
 * @param home        the user's home folder ({@code ~/.articlekit/plugins})
 * @param exporters   the exporters to use instead of discovering them, or {@code null} to discover
 */
public record Environment(FileStore store, Supplier<InputStream> stdin, boolean terminal, Path workingDir, Path home,
        ExporterRegistry exporters) {

    /** The real world: local files, {@code System.in}, a terminal when there is a console. */
    public static Environment system() {
        return new Environment(LocalFileStore.INSTANCE, () -> System.in, System.console() != null,
                Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")), null);
    }

    /** This environment with another file store. */
    public Environment withStore(FileStore other) {
        return new Environment(other, stdin, terminal, workingDir, home, exporters);
    }

    /** This environment with a fixed set of exporters. */
    public Environment withExporters(ExporterRegistry registry) {
        return new Environment(store, stdin, terminal, workingDir, home, registry);
    }

    /** This environment reading standard input from {@code in}. */
    public Environment withStdin(Supplier<InputStream> in) {
        return new Environment(store, in, terminal, workingDir, home, exporters);
    }

    /** This environment with another working folder. */
    public Environment withWorkingDir(Path dir) {
        return new Environment(store, stdin, terminal, dir, home, exporters);
    }

    /** This environment with another home folder. */
    public Environment withHome(Path dir) {
        return new Environment(store, stdin, terminal, workingDir, dir, exporters);
    }
}
