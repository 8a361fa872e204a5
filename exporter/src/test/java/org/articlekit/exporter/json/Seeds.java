package org.articlekit.exporter.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.parser.ArticleParser;

/** The project's sample articles in {@code seeds/}, read with the real parser. */
final class Seeds {

    static final Path DIR = Path.of("..", "seeds");

    private Seeds() {
    }

    /** Every file of {@code seeds/}, sorted by name. */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no seeds in " + DIR.toAbsolutePath());
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed parsed with default options; its path is its file name, as a run over {@code seeds/} gives it. */
    static Article parse(Path file) {
        try {
            return ArticleParser.create().parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
