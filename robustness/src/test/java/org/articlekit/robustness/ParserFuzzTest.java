package org.articlekit.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.articlekit.core.Article;
import org.articlekit.core.ParseException;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the parser: any bytes become an {@link Article} or a {@link ParseException}; anything else thrown
 * is a bug, and so is a tree that keeps a script URL. Without {@code JAZZER_FUZZ} it replays the seed corpus
 * in {@code src/test/resources/org/articlekit/robustness/ParserFuzzTestInputs/parse/} as a normal test.
 */
class ParserFuzzTest {

    private static final ArticleParser PARSER = ArticleParser.create();

    // the skeleton parser keeps javascript:/data: URLs (seed script-urls.html)
    @Tag("awaiting-rewrite")
    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        Article article;
        try {
            article = PARSER.parse(input, "fuzz.md");
        } catch (ParseException refused) {
            return;
        }
        SafeOutput.assertSafeTree("fuzzed input", article);
    }
}
