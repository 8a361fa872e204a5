package org.articlekit.parser;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real articles the repository holds, for the fast paths' differential tests: the seeds and test resources. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The seeds and every file under a {@code src/test/resources} folder of the repository. */
    public static List<Path> list() throws IOException {
        List<Path> files = new ArrayList<>(regularFiles(Path.of("..", "seeds")));
        files.addAll(testResources(Path.of("..")));
        return files;
    }

    /** Every regular file under {@code root}, sorted; none when it is absent. */
    public static List<Path> regularFiles(Path root) throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every file under a {@code src/test/resources} folder, build output and .git left out. */
    private static List<Path> testResources(Path repository) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(repository, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = String.valueOf(dir.getFileName());
                return name.equals(".git") || name.equals("target") || name.equals("node_modules")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && file.normalize().toString().replace('\\', '/')
                        .contains("src/test/resources/")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
