package org.articlekit.parser.frontmatter;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;

/** Reads the fixtures under {@code src/test/resources/frontmatter}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/frontmatter/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String name) {
        return ArticleParser.create().parse(bytes(name), "posts/" + name);
    }

    static Article parse(String name, ParserOptions options) {
        return ArticleParser.create(options).parse(bytes(name), "posts/" + name);
    }

    /** The diagnostics as {@code code@line:column}, to assert on in one line. */
    static List<String> positions(Article article) {
        return positions(article.diagnostics());
    }

    static List<String> positions(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + "@" + d.line() + ":" + d.column())
                .collect(Collectors.toList());
    }
}
