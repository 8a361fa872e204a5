package org.articlekit.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Outputs in a folder: by default the input tree mirrored with the exporter's extension ({@code in/a/b.html} →
 * {@code out/a/b.md}); with a {@link NamePattern}, laid out by metadata. Each output is written atomically; an
 * existing output newer than its input is left alone unless overwriting; an output that would replace an input or
 * land outside the folder is refused.
 */
public final class TreeOutput implements OutputSink {

    private final Path root;
    private final String extension;
    private final NamePattern pattern;
    private final boolean overwrite;
    /** Every input's absolute path, and the real path of those whose file key is unknown. */
    private final Set<Path> inputPaths = new HashSet<>();
    /** Every input's file key (device and inode), so that a link or hard link to an input is recognised too. */
    private final Set<Object> inputKeys = new HashSet<>();
    private final boolean someKeysUnknown;
    /** The folders this run created or found, and checked to lie inside the root: each is checked once. */
    private final Set<Path> readyFolders = new HashSet<>();
    private final FileStore store;
    private final AtomicWriter writer;
    private final NameAllocator names = new NameAllocator();
    private Path realRoot;
    /** Whether this run created the folder: then nothing was in it before, and no output needs a look first. */
    private boolean fresh;

    /**
     * @param root      the output folder (created when missing)
     * @param extension the exporter's extension, without the dot
     * @param pattern   the layout by metadata, or {@code null} to mirror the input tree
     * @param overwrite whether to rewrite outputs that are up to date
     * @param inputs    every input of the run, so that none is ever replaced
     */
    public TreeOutput(Path root, String extension, NamePattern pattern, boolean overwrite, List<InputFile> inputs,
            FileStore store) {
        this.root = root.toAbsolutePath().normalize();
        this.extension = extension;
        this.pattern = pattern;
        this.overwrite = overwrite;
        this.store = store;
        this.writer = new AtomicWriter(store);
        boolean unknown = false;
        for (InputFile input : inputs) {
            if (input.isStdin()) {
                continue;
            }
            inputPaths.add(input.path().toAbsolutePath().normalize());
            if (input.fileKey() != null) {
                inputKeys.add(input.fileKey());
            } else {
                // no key from the walk (or a file system without keys): compare real paths instead
                unknown = true;
                try {
                    inputPaths.add(input.path().toRealPath());
                } catch (IOException e) {
                    // an input that vanished cannot be replaced either
                }
            }
        }
        this.someKeysUnknown = unknown;
    }

    /** Creates the folder and removes temporary files a killed run left there; returns how many. */
    public int prepare() throws IOException {
        fresh = !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
        store.createDirectories(root);
        realRoot = root.toRealPath();
        readyFolders.add(root);
        return writer.removeStale(root);
    }

    @Override
    public Decision plan(InputFile input) throws IOException {
        if (pattern != null) {
            return Decision.CONVERT;
        }
        Placed placed = place(names.claim(mirror(input)));
        return isUpToDate(input, placed) ? Decision.skip(placed.target) : Decision.convert(placed.target);
    }

    @Override
    public Written accept(InputFile input, Decision decision, Conversion.Result result) throws IOException {
        Path target = decision.target();
        if (target == null) {
            Placed placed = place(names.claim(pattern.render(result.facts(), extension)));
            if (isUpToDate(input, placed)) {
                return new Written(placed.target.toString(), true);
            }
            target = placed.target;
        }
        makeReady(target.getParent());
        writer.write(target, result.bytes());
        return new Written(target.toString(), false);
    }

    private String mirror(InputFile input) {
        if (input.isStdin()) {
            return "stdin." + extension;
        }
        String relative = input.relative();
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1);
        return relative.substring(0, slash + 1) + FileNames.withExtension(FileNames.stem(name), extension);
    }

    /** Where {@code relative} lands, refused when outside the folder or onto an input; with what is there now. */
    private Placed place(String relative) throws OutputRefusedException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new OutputRefusedException("its output " + relative + " would fall outside " + root);
        }
        BasicFileAttributes existing = fresh ? null : existing(target);
        if (existing != null && isInput(target, existing) || inputPaths.contains(target)) {
            throw new OutputRefusedException("its output " + target + " would replace an input");
        }
        return new Placed(target, existing);
    }

    /** The attributes of what is at {@code target} now, links followed; {@code null} when nothing is. */
    private static BasicFileAttributes existing(Path target) {
        // a new output is the common case: one access() call, where reading attributes would throw
        if (!Files.exists(target)) {
            return null;
        }
        try {
            return Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private boolean isInput(Path target, BasicFileAttributes existing) {
        Object key = existing.fileKey();
        if (key != null && inputKeys.contains(key)) {
            return true;
        }
        if (!someKeysUnknown) {
            return false;
        }
        try {
            return inputPaths.contains(target.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isUpToDate(InputFile input, Placed placed) {
        if (overwrite || input.isStdin() || placed.existing == null) {
            return false;
        }
        try {
            FileTime inputTime = input.modified() != null
                    ? input.modified() : Files.getLastModifiedTime(input.path());
            return placed.existing.lastModifiedTime().compareTo(inputTime) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates {@code folder} when missing and checks that no symbolic link leads it out of the root, once a run. */
    private void makeReady(Path folder) throws IOException {
        if (readyFolders.contains(folder)) {
            return;
        }
        store.createDirectories(folder);
        if (realRoot != null && !folder.toRealPath().startsWith(realRoot)) {
            throw new OutputRefusedException("its output folder " + folder + " would fall outside " + root
                    + " (a symbolic link leads elsewhere)");
        }
        readyFolders.add(folder);
    }

    @Override
    public void abandon() {
        writer.discardInFlight();
    }

    @Override
    public void finish() {
        // every output was committed as it was written
    }

    @Override
    public void close() {
        // nothing held open
    }

    /** An output's place, and the attributes of what is there before the run writes it ({@code null}: nothing). */
    private record Placed(Path target, BasicFileAttributes existing) {
    }
}
