package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes outputs so that a reader (or a killed run) never sees a partial file: the bytes go to a hidden temporary
 * file in the same folder ({@code .NAME.articlekit-tmp-XXXXXX}), which is then moved onto the final name. Stale
 * temporary files of a killed run are recognised by that name and removed by {@link #removeStale(Path)}.
 */
public final class AtomicWriter {

    static final String TEMP_MARK = ".articlekit-tmp-";
    private static final Pattern TEMP_NAME = Pattern.compile("^\\..*\\.articlekit-tmp-[0-9a-z]{6,13}$", Pattern.DOTALL);

    private final FileStore store;
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();

    public AtomicWriter(FileStore store) {
        this.store = store;
    }

    /** Writes {@code bytes} to {@code target}, whole or not at all. */
    public void write(Path target, byte[] bytes) throws IOException {
        try (Pending pending = open(target)) {
            pending.stream().write(bytes);
            pending.commit();
        }
    }

    /** A temporary file for {@code target}, to be {@link Pending#commit() committed} or, on close, discarded. */
    public Pending open(Path target) throws IOException {
        Path temp = target.resolveSibling(tempName(target.getFileName().toString()));
        inFlight.add(temp);
        try {
            return new Pending(temp, target, store.create(temp));
        } catch (IOException | RuntimeException e) {
            inFlight.remove(temp);
            throw e;
        }
    }

    /**
     * Deletes the temporary files being written right now, best effort: for a shutdown hook, so that an interrupted
     * run (Ctrl-C, SIGTERM) leaves none behind. A SIGKILL runs no hook; the next run cleans up then.
     */
    public void discardInFlight() {
        for (Path temp : List.copyOf(inFlight)) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the process is ending; the next run removes what is left
            }
        }
    }

    /** Whether {@code fileName} is one of our temporary files. */
    public static boolean isTemp(String fileName) {
        return fileName.contains(TEMP_MARK) && TEMP_NAME.matcher(fileName).matches();
    }

    static String tempName(String name) {
        String suffix = TEMP_MARK + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        return "." + FileNames.capBytes(name, FileNames.MAX_NAME_BYTES - 1 - suffix.length()) + suffix;
    }

    /** Deletes the temporary files a killed run left in {@code root} and below; returns how many. */
    public int removeStale(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folders.pop())) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        folders.push(entry);
                    } else if (isTemp(entry.getFileName().toString())) {
                        store.deleteIfExists(entry);
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    /** Deletes the temporary files a killed run left for {@code file} (beside it, with its name). */
    public void removeStaleBeside(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String prefix = "." + FileNames.capBytes(file.getFileName().toString(), 200);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isTemp(name) && name.startsWith(prefix.substring(0, Math.min(prefix.length(), 20)))) {
                    store.deleteIfExists(entry);
                }
            }
        }
    }

    /** An output being written: its stream, then {@link #commit()}; closing without commit deletes the temporary file. */
    public final class Pending implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private final OutputStream stream;
        private boolean closed;
        private boolean committed;

        private Pending(Path temp, Path target, OutputStream stream) {
            this.temp = temp;
            this.target = target;
            this.stream = stream;
        }

        /** Where to write the bytes. */
        public OutputStream stream() {
            return stream;
        }

        /** Closes the stream and moves the temporary file onto the target. */
        public void commit() throws IOException {
            closed = true;
            stream.close();
            store.move(temp, target);
            committed = true;
            inFlight.remove(temp);
        }

        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            IOException failure = null;
            if (!closed) {
                try {
                    stream.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
            try {
                store.deleteIfExists(temp);
                inFlight.remove(temp);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
