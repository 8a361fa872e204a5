package org.articlekit.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.articlekit.core.Article;
import org.articlekit.core.ParseException;
import org.articlekit.parser.ArticleParser;

/**
 * Fuzzes the parser: any bytes become an {@link Article} or a {@link ParseException}; anything else thrown
 * is a bug, and so is a tree that keeps a script URL. Without {@code JAZZER_FUZZ} both methods replay the seed
 * corpus in {@code src/test/resources/org/articlekit/robustness/ParserFuzzTestInputs/} as normal tests.
 */
class ParserFuzzTest {

    private static final ArticleParser PARSER = ArticleParser.create();

    @FuzzTest(maxDuration = "10m")
    void parseReadsOrRefuses(byte[] input) {
        parse(input);
    }

    @FuzzTest(maxDuration = "10m")
    void parsedTreeIsSafe(byte[] input) {
        Article article = parse(input);
        if (article != null) {
            SafeOutput.assertSafeTree("fuzzed input", article);
        }
    }

    /** The article, or {@code null} when the parser refused the input the documented way. */
    private static Article parse(byte[] input) {
        try {
            return PARSER.parse(input, "fuzz.md");
        } catch (ParseException refused) {
            return null;
        }
    }
}
