package org.articlekit.cli.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Expands the inputs named on the command line into input files, in a stable order (each folder's entries sorted
 * by name, depth first). Folders are walked without recursion; symbolic links are followed, but a folder reached
 * twice (a symlink loop, or two links to one folder) is walked once; hidden files and folders ({@code .git}) and
 * the output folder are skipped. Problems (a missing input, an unreadable folder) are reported, never thrown.
 */
public final class InputWalker {

    private final InputFilter filter;
    private final Path skipFolder;

    /**
     * @param filter     which files of a folder are inputs
     * @param skipFolder a folder never to walk (the output folder), or {@code null}
     */
    public InputWalker(InputFilter filter, Path skipFolder) {
        this.filter = filter;
        this.skipFolder = skipFolder == null ? null : realOrAbsolute(skipFolder);
    }

    /** What walking found. */
    public record Result(List<InputFile> files, List<Failure> problems, List<String> notes) {
    }

    /** Walks every named input, in the order given; {@code -} is standard input. */
    public Result walk(List<String> inputs) {
        List<InputFile> files = new ArrayList<>();
        List<Failure> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Path, String> walked = new HashMap<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                files.add(InputFile.STDIN);
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                problems.add(Failure.of(input, "input-missing", "not a valid path: " + e.getReason()));
                continue;
            }
            BasicFileAttributes attributes = attributes(path);
            if (attributes != null && attributes.isDirectory()) {
                walkFolder(path, files::add, problems, notes, walked);
            } else if (attributes != null && attributes.isRegularFile()) {
                files.add(InputFile.of(path, path.getFileName().toString(), attributes));
            } else if (Files.exists(path)) {
                problems.add(Failure.of(input, "input-unsupported", "not a regular file or folder"));
            } else {
                problems.add(Failure.of(input, "input-missing", Files.isSymbolicLink(path)
                        ? "a broken symbolic link" : "no such file or folder"));
            }
        }
        return new Result(files, problems, notes);
    }

    private void walkFolder(Path root, Consumer<InputFile> out, List<Failure> problems, List<String> notes,
            Map<Path, String> walked) {
        Deque<Folder> pending = new ArrayDeque<>();
        pending.push(new Folder(root, ""));
        while (!pending.isEmpty()) {
            Folder folder = pending.pop();
            Path real = realOrAbsolute(folder.path);
            if (real.equals(skipFolder) && folder.path != root) {
                continue;
            }
            String first = walked.putIfAbsent(real, folder.path.toString());
            if (first != null) {
                notes.add(folder.path + ": not walked again, it is the folder " + first
                        + (real.equals(realOrAbsolute(root)) || isAncestorLink(folder.path, real)
                        ? " (a symbolic link loop)" : ""));
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.path)) {
                // each name decoded once, not at every comparison of the sort
                stream.forEach(path -> entries.add(new Entry(path, path.getFileName().toString())));
            } catch (IOException e) {
                problems.add(Failure.of(folder.path.toString(), "input-unreadable",
                        "cannot list the folder: " + Reasons.io(e)));
                continue;
            }
            entries.sort((a, b) -> a.name.compareTo(b.name));
            List<Folder> subfolders = new ArrayList<>();
            for (Entry listed : entries) {
                String name = listed.name;
                Path entry = listed.path;
                if (name.startsWith(".")) {
                    continue;
                }
                String relative = folder.relative.isEmpty() ? name : folder.relative + "/" + name;
                // one stat call (following links, as Files.isDirectory and isRegularFile do) instead of two
                BasicFileAttributes attributes = attributes(entry);
                if (attributes != null && attributes.isDirectory()) {
                    if (filter.acceptsFolder(relative)) {
                        subfolders.add(new Folder(entry, relative));
                    }
                } else if (attributes != null && attributes.isRegularFile()) {
                    if (filter.acceptsFile(relative)) {
                        out.accept(InputFile.of(entry, relative, attributes));
                    }
                } else if (Files.isSymbolicLink(entry) && filter.acceptsFile(relative)) {
                    notes.add(entry + ": skipped, a broken symbolic link");
                }
            }
            // files of a folder come before its subfolders; subfolders in name order
            for (int i = subfolders.size() - 1; i >= 0; i--) {
                pending.push(subfolders.get(i));
            }
        }
    }

    /** The attributes of {@code path}, symbolic links followed, or null when they cannot be read. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static boolean isAncestorLink(Path folder, Path real) {
        for (Path parent = folder.getParent(); parent != null; parent = parent.getParent()) {
            if (realOrAbsolute(parent).equals(real)) {
                return true;
            }
        }
        return false;
    }

    private static Path realOrAbsolute(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private record Folder(Path path, String relative) {
    }

    private record Entry(Path path, String name) {
    }
}
