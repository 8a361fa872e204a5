package org.articlekit.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Set<Path> inputs = new HashSet<>();
    private final FileStore store;
    private final AtomicWriter writer;
    private final NameAllocator names = new NameAllocator();
    private Path realRoot;

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
        for (InputFile input : inputs) {
            if (!input.isStdin()) {
                this.inputs.add(input.path().toAbsolutePath().normalize());
                try {
                    this.inputs.add(input.path().toRealPath());
                } catch (IOException e) {
                    // an input that vanished cannot be replaced either
                }
            }
        }
    }

    /** Creates the folder and removes temporary files a killed run left there; returns how many. */
    public int prepare() throws IOException {
        store.createDirectories(root);
        realRoot = root.toRealPath();
        return writer.removeStale(root);
    }

    @Override
    public Decision plan(InputFile input) throws IOException {
        if (pattern != null) {
            return Decision.CONVERT;
        }
        Path target = place(names.claim(mirror(input)));
        return !overwrite && upToDate(input, target) ? Decision.skip(target) : Decision.convert(target);
    }

    @Override
    public Written accept(InputFile input, Decision decision, Conversion.Result result) throws IOException {
        Path target = decision.target();
        if (target == null) {
            target = place(names.claim(pattern.render(result.facts(), extension)));
            if (!overwrite && upToDate(input, target)) {
                return new Written(target.toString(), true);
            }
        }
        Path folder = target.getParent();
        store.createDirectories(folder);
        if (realRoot != null && !folder.toRealPath().startsWith(realRoot)) {
            throw new OutputRefusedException("its output " + target + " would fall outside " + root
                    + " (a symbolic link leads elsewhere)");
        }
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

    private Path place(String relative) throws OutputRefusedException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new OutputRefusedException("its output " + relative + " would fall outside " + root);
        }
        if (inputs.contains(target) || isInputThroughLink(target)) {
            throw new OutputRefusedException("its output " + target + " would replace an input");
        }
        return target;
    }

    private boolean isInputThroughLink(Path target) {
        if (!Files.exists(target)) {
            return false;
        }
        try {
            return inputs.contains(target.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean upToDate(InputFile input, Path target) {
        if (input.isStdin()) {
            return false;
        }
        try {
            FileTime output = Files.getLastModifiedTime(target);
            return output.compareTo(Files.getLastModifiedTime(input.path())) > 0;
        } catch (IOException e) {
            return false;
        }
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
}
