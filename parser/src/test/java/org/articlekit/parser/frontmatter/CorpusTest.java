package org.articlekit.parser.frontmatter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.core.ParseException;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;
import org.articlekit.parser.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared corpus of real archives (outside the project; skipped when absent) yields an article:
 * no exception, no error, every diagnostic with a position, and every fenced header read as front matter with a
 * title or date. Strict parsing may refuse a file, but only with {@link ParseException}.
 */
class CorpusTest {

    @Test
    void everyCorpusFileYieldsAnArticle() throws IOException {
        Path root = SharedCorpus.find();
        assumeTrue(root != null, "no shared corpus beside the project");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        ArticleParser lenient = ArticleParser.create();
        ArticleParser strict = ArticleParser.create(ParserOptions.builder().strict(true).build());
        int withFrontMatter = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String name = root.relativize(file).toString();
            Article article = lenient.parse(bytes, name);
            assertNotNull(article.metadata());
            assertFalse(article.hasErrors(), name + ": " + article.diagnostics());
            for (Diagnostic d : article.diagnostics()) {
                assertTrue(d.hasPosition() && d.column() > 0, name + ": " + d);
            }
            String start = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
            if (start.startsWith("---") || start.startsWith("+++")) {
                withFrontMatter++;
                assertTrue(article.source().frontMatterFormat() != FrontMatterFormat.NONE, name);
                assertTrue(article.metadata().title() != null || article.metadata().date() != null
                        || article.metadata().frontMatter().values().containsKey("title"), name);
            }
            try {
                strict.parse(bytes, name);
            } catch (ParseException refused) {
                assertTrue(refused.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR),
                        name);
            }
        }
        assertTrue(withFrontMatter > 0);
    }
}
