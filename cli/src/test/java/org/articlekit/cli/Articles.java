package org.articlekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Writes test articles and takes fingerprints of folder trees. */
final class Articles {

    private Articles() {
    }

    /** A small, valid article whose title and body name it. */
    static String article(String title, String body) {
        return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: 2021-06-09 13:40:00\ntags: [a, b]\n---\n\n"
                + "<h2>" + title + "</h2>\n<p>" + body + "</p>\n";
    }

    static Path write(Path root, String relative, String text) throws IOException {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** Every regular file below {@code root} (not following links), by relative path, with its SHA-256. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    /** Every regular file below {@code root}, relative, sorted. */
    static List<String> files(Path root) throws IOException {
        return List.copyOf(hashes(root).keySet());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
