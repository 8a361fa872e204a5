package org.articlekit.parser.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ParseException;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;
import org.junit.jupiter.api.Test;

/**
 * Front matter mangled at random (seeded, so a failure can be replayed): lenient parsing never throws and never
 * loses the body; strict parsing throws nothing but {@link ParseException}.
 */
class MangledInputTest {

    private static final List<String> FIXTURES = List.of("yaml-bom-crlf.md", "yaml-wordpress-import.md",
            "yaml-blogger-import.md", "toml-params.md", "json-hugo.md", "json-hexo-bare.md", "yaml-dashes-in-values.md",
            "yaml-core-schema.md");
    private static final String[] NOISE = {"\"", "'", ":", ": ", "\t", "\n", "\r", "- ", "[", "]", "{", "}", "&a ",
        "*a", "!!", "#", "---\n", "+++\n", ";;;\n", "\\", ",", "=", "|\n", "> ", "\u0000", "\uFFFD", "中", "@", "%"};

    @Test
    void randomMangledFrontMatterIsRecoveredOrRefusedCleanly() {
        Random random = new Random(20260611L);
        ArticleParser lenient = ArticleParser.create();
        ArticleParser strict = ArticleParser.create(ParserOptions.builder().strict(true).build());
        for (int round = 0; round < 800; round++) {
            String fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
            String text = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
            String body = "<p>BODY-MARKER</p>\n";
            int end = Math.max(1, text.indexOf("<p>"));
            StringBuilder header = new StringBuilder(text.substring(0, end));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(header.length() + 1);
                if (random.nextBoolean() && at < header.length()) {
                    header.deleteCharAt(at);
                } else {
                    header.insert(at, NOISE[random.nextInt(NOISE.length)]);
                }
            }
            byte[] input = (header + body).getBytes(StandardCharsets.UTF_8);
            String replay = "round " + round + " of " + fixture + ": " + header;
            try {
                Article article = lenient.parse(input, "m.md");
                assertFalse(article.hasErrors(), replay);
                for (Diagnostic d : article.diagnostics()) {
                    assertTrue(d.line() > 0, replay + " -> " + d);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail(replay, e);
            }
            try {
                strict.parse(input, "m.md");
            } catch (ParseException expected) {
                assertEquals(Diagnostic.Severity.ERROR, expected.diagnostics().stream()
                        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst().orElseThrow().severity());
            } catch (RuntimeException | StackOverflowError e) {
                fail(replay, e);
            }
        }
    }

    @Test
    void theBodyOfAMangledArticleIsNeverLost() {
        Random random = new Random(7L);
        ArticleParser lenient = ArticleParser.create();
        for (int round = 0; round < 200; round++) {
            StringBuilder header = new StringBuilder("---\ntitle: t\ndate: 2020-01-01\ntags: [a, b]\n");
            for (int e = 0; e < 3; e++) {
                header.insert(4 + random.nextInt(header.length() - 4), NOISE[random.nextInt(NOISE.length)]
                        .replace("---\n", "").replace("\n", " ").replace("\r", " "));
            }
            Article article = lenient.parse(header + "---\n<p>BODY-MARKER</p>\n", "m.md");
            String text = org.articlekit.core.document.Nodes.text(article.content());
            assertTrue(text.contains("BODY-MARKER"), "round " + round + ": " + header);
        }
    }
}
