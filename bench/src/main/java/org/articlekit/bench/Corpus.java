package org.articlekit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The input sets the benchmarks run over, by name: the seed article, every article of {@code seeds/}, and
 * two large articles generated from the seeds' own text. The seeds are copied into the benchmark jar at build
 * time, so a run does not depend on the working directory.
 */
enum Corpus {
    /** The seed article, {@code seeds/000_88a5f9ebf2cb9794.txt}. */
    SEED,
    /** Every article in {@code seeds/}. */
    SEEDS,
    /** One article of about 2 MB, generated from the seeds' HTML bodies. */
    LARGE_2MB,
    /** One article of about 10 MB, generated the same way. */
    LARGE_10MB;

    static final String SEED_FILE = "000_88a5f9ebf2cb9794.txt";

    /** The inputs of this set, read and generated afresh (deterministic: same seeds, same bytes). */
    List<Input> load() {
        return switch (this) {
            case SEED -> seeds().stream().filter(input -> input.path().endsWith(SEED_FILE)).toList();
            case SEEDS -> seeds();
            case LARGE_2MB -> List.of(LargeArticle.generate(seeds(), 2_000_000));
            case LARGE_10MB -> List.of(LargeArticle.generate(seeds(), 10_000_000));
        };
    }

    /** The parameter value a benchmark names this set by: {@code seed}, {@code seeds}, {@code 2mb}, {@code 10mb}. */
    String key() {
        return switch (this) {
            case SEED -> "seed";
            case SEEDS -> "seeds";
            case LARGE_2MB -> "2mb";
            case LARGE_10MB -> "10mb";
        };
    }

    static Corpus byKey(String key) {
        for (Corpus corpus : values()) {
            if (corpus.key().equals(key)) {
                return corpus;
            }
        }
        throw new IllegalArgumentException("no input set is named '" + key + "'");
    }

    /** The total size of the inputs, in bytes: what MB/s figures divide by. */
    static long bytes(List<Input> inputs) {
        return inputs.stream().mapToLong(input -> input.bytes().length).sum();
    }

    /** Every file of the seeds folder packed into the jar (or {@code target/classes}), sorted by name. */
    static List<Input> seeds() {
        URL marker = Corpus.class.getResource("/seeds/" + SEED_FILE);
        if (marker == null) {
            throw new IllegalStateException("the seeds are missing from the classpath; rebuild the bench module");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readFolder(jar.getPath("/seeds"), Corpus::seedPath);
                }
            }
            return readFolder(Path.of(uri).getParent(), Corpus::seedPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of a folder on disk, sorted by name, each with its path as given. */
    static List<Input> folder(Path folder) throws IOException {
        return readFolder(folder, Path::toString);
    }

    private static String seedPath(Path file) {
        return "seeds/" + file.getFileName();
    }

    private static List<Input> readFolder(Path folder, Function<Path, String> pathOf) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(Input.of(pathOf.apply(file), Files.readAllBytes(file)));
        }
        return inputs;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
